// The page's side of the analysis: requests go to a module Worker (worker.js) when the page
// can start one, else they run on the main thread: a page opened from file:// cannot start
// Workers (toolchain notes, pitfall 7), and a page on another origin cannot start one from
// this script's origin (the <concession-analyzer> element loaded from a CDN).
import { createJoiner } from './transfer.js';
import { nextTask } from './schedule.js';
import { timed } from './timing.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
// Abandoning a request this short costs less than restarting the Worker, which compiles
// the module again; a longer one is stopped by terminating the Worker.
const TERMINATE_ABOVE = 100_000;
// Code units per millisecond, until a finished request measures it (a slow laptop's speed).
const FIRST_GUESS_RATE = 400;

/** Whether this page can run worker.js: same origin, not file://, Workers available. */
export function workerAllowed() {
  return typeof Worker === 'function' && location.protocol !== 'file:' && WORKER_URL.origin === location.origin;
}

/**
 * Creates a client. analyze(text, {signal, onProgress}) resolves to the analysis object
 * (or rejects: signal's reason when aborted, an Error when the analyzer fails). Requests
 * run one at a time, in order. onProgress({phase, done, total}) reports 'queued',
 * 'analyzing', 'receiving' (done/total parts). estimateMs(length) is the expected time.
 * `worker`: a worker.js Worker started earlier (worker-start.js), used for the first
 * requests instead of starting one; the client owns it from then on.
 */
export function createAnalysisClient({ useWorker = workerAllowed(), worker: startedWorker = null } = {}) {
  let mode = useWorker ? 'worker' : 'main-thread';
  let worker = null;
  let mainAnalyzer = null;
  let active = null; // the request being worked on
  const queue = [];
  let nextId = 1;
  let rate = FIRST_GUESS_RATE;

  // A Worker started before this client (worker-start.js) is this client's from now on.
  if (startedWorker) {
    if (mode === 'worker') {
      worker = startedWorker;
      listen();
    } else {
      startedWorker.terminate();
    }
  }

  function startWorker() {
    try {
      worker = new Worker(WORKER_URL, { type: 'module' });
    } catch {
      fallBack();
      return null;
    }
    return listen();
  }

  // The current `worker` reports to this client.
  function listen() {
    worker.onmessage = ({ data }) => receive(data);
    // The script itself failed (blocked, missing): the main thread takes over.
    worker.onerror = (e) => {
      e.preventDefault();
      fallBack();
    };
    return worker;
  }

  function fallBack() {
    worker?.terminate();
    worker = null;
    mode = 'main-thread';
    if (active) {
      queue.unshift(active);
      active = null;
    }
    pump();
  }

  function receive(data) {
    const request = active;
    if (!request || data?.id !== request.id) return;
    if (data.type === 'part') {
      timed('receive', () => {
        request.joiner.add(data);
        request.onProgress?.({ phase: 'receiving', done: data.index + 1, total: data.count });
      });
      return;
    }
    active = null;
    if (data.ok) finish(request, timed('receive', () => request.joiner.finish(data.result)), data.ms);
    else request.reject(Object.assign(new Error(data.error?.message ?? 'analysis failed'), { name: data.error?.name ?? 'Error' }));
    pump();
  }

  function finish(request, analysis, ms) {
    if (ms > 50) rate = request.text.length / ms;
    request.resolve(analysis);
  }

  async function pump() {
    if (active || queue.length === 0) return;
    active = queue.shift();
    const request = active;
    request.onProgress?.({ phase: 'analyzing' });
    if (mode === 'worker' && (worker ?? startWorker())) {
      timed('send', () => worker.postMessage({ id: request.id, type: 'analyze', text: request.text }));
      return;
    }
    if (mode === 'worker') return; // startWorker() fell back and pumped already
    try {
      // Loaded only here: a page whose Worker runs never fetches the API and its glue.
      mainAnalyzer ??= import('./concessions.js').then(({ createAnalyzer }) => createAnalyzer());
      const analyzer = await mainAnalyzer;
      await nextTask(); // let the progress show before the main thread is busy
      if (request !== active) return; // aborted meanwhile
      const started = performance.now();
      const analysis = analyzer.analyze(request.text);
      active = null;
      finish(request, analysis, performance.now() - started);
    } catch (err) {
      if (request === active) active = null;
      request.reject(err);
    }
    pump();
  }

  function abort(request, reason) {
    const queued = queue.indexOf(request);
    if (queued >= 0) queue.splice(queued, 1);
    if (request === active) {
      active = null;
      // A short one is left to finish: its reply is dropped (its id is no longer active)
      // and the next request waits behind it in the Worker's own queue.
      if (worker && request.text.length > TERMINATE_ABOVE) {
        worker.terminate();
        worker = null;
      }
    }
    request.reject(reason);
    pump();
  }

  return {
    /** 'worker' or 'main-thread': where requests run now. */
    get mode() {
      return mode;
    },
    estimateMs(length) {
      return length / rate;
    },
    analyze(text, { signal, onProgress } = {}) {
      if (typeof text !== 'string') return Promise.reject(new TypeError('analyze(text) expects a string'));
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise((resolve, reject) => {
        const request = { id: nextId++, text, joiner: createJoiner(), onProgress, resolve, reject };
        signal?.addEventListener('abort', () => abort(request, signal.reason), { once: true });
        queue.push(request);
        if (active) onProgress?.({ phase: 'queued' });
        pump();
      });
    },
    close() {
      for (const request of [active, ...queue].filter(Boolean)) request.reject(new DOMException('client closed', 'AbortError'));
      queue.length = 0;
      active = null;
      worker?.terminate();
      worker = null;
    },
  };
}
