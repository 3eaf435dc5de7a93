// Starts the page's analysis Worker (worker.js) as soon as this module runs. index.html
// loads it first, as an async module script, and it imports nothing: it runs the moment it
// arrives, while the page's other modules are still loading, so the Worker (and, inside
// it, the download and compilation of the WebAssembly module) starts in parallel with the
// page instead of after it. app.js imports it too (the same module instance) and hands the
// Worker to its analysis client with takeStartedWorker().
// Nothing starts where the page cannot run worker.js (file://, another origin, no Workers:
// analysis-client.js then analyzes on the main thread).

const WORKER_URL = new URL('./worker.js', import.meta.url);

let started = null; // {worker, failed, onError} until taken

if (typeof Worker === 'function' && typeof location === 'object' && location.protocol !== 'file:'
    && WORKER_URL.origin === location.origin) {
  try {
    const worker = new Worker(WORKER_URL, { type: 'module' });
    // Until it is taken over, a failure to load the script is remembered here (the event
    // would otherwise reach nobody, and requests would wait for a Worker that never runs).
    const entry = { worker, failed: false, onError: null };
    entry.onError = (e) => {
      e.preventDefault();
      entry.failed = true;
    };
    worker.addEventListener('error', entry.onError);
    started = entry;
  } catch {
    started = null; // blocked (e.g. by a Content-Security-Policy): the client decides
  }
}

/**
 * The Worker this module started, once: later calls (and pages where none was started, or
 * where its script already failed to load) get null. The caller owns it from then on: its
 * message and error handlers, terminating it.
 */
export function takeStartedWorker() {
  const entry = started;
  started = null;
  if (!entry) return null;
  entry.worker.removeEventListener('error', entry.onError);
  if (entry.failed) {
    entry.worker.terminate();
    return null;
  }
  return entry.worker;
}
