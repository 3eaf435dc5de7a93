// One engine in its own Node process (so its RSS is its own), driven by bench/run.mjs:
//   node bench/engine.mjs ENGINE [SITE_DIR]
// ENGINE: wasm (createAnalyzer() from SITE_DIR/concessions.js), compromise (+ compromise-dates)
// or wink (wink-nlp + wink-eng-lite-web-model). After loading it prints {"kind":"load",…}, then
// answers each request line on standard input with one JSON line:
//   {"kind":"time","file","warmup","runs","maxSeconds","times","counts","fresh"}  timed calls
//   {"kind":"leak","file","calls"}   WebAssembly heap after a warm-up and after `calls` more calls
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

const [engineName, siteDir = 'build/site'] = process.argv.slice(2);
const emit = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
const rssKb = () => process.resourceUsage().maxRSS; // peak so far, kilobytes
// Each engine: load() resolves to {run(text) -> result, count(result) -> {type: n}, memoryBytes?(), fresh?()}.
const ENGINES = {
  async wasm() {
    const { createAnalyzer } = await import(pathToFileURL(join(resolve(siteDir), 'concessions.js')).href);
    let analyzer = await createAnalyzer();
    return {
      run: (text) => analyzer.analyze(text),
      count: (a) => {
        const c = { events: a.events?.length ?? 0 };
        for (const e of a.entities ?? []) c[e.type] = (c[e.type] ?? 0) + 1;
        return c;
      },
      memoryBytes: () => analyzer.memoryBytes,
      async fresh() {
        analyzer.close();
        analyzer = await createAnalyzer();
      },
    };
  },
  async compromise() {
    const { default: nlp } = await import('compromise');
    const { default: dates } = await import('compromise-dates');
    nlp.plugin(dates);
    // The entities compromise can name, the closest it comes to ours.
    return {
      run(text) {
        const doc = nlp(text);
        return {
          PERSON: doc.people().out('array'),
          PLACE: doc.places().out('array'),
          ORG: doc.organizations().out('array'),
          DATE: doc.dates().out('array'),
          DURATION: doc.durations().out('array'),
          MONEY: doc.money().out('array'),
          PERCENT: doc.percentages().out('array'),
        };
      },
      count: (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.length])),
    };
  },
  async wink() {
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const its = nlp.its;
    return {
      run: (text) => nlp.readDoc(text).entities().out(its.detail),
      count(r) {
        const c = {};
        for (const e of r) c[e.type] = (c[e.type] ?? 0) + 1;
        return c;
      },
    };
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

const texts = new Map(); // file -> text, read once
const textOf = (file) => {
  if (!texts.has(file)) texts.set(file, readFileSync(file, 'utf8'));
  return texts.get(file);
};

function time(req) {
  const text = textOf(req.file);
  const heapBefore = engine.memoryBytes?.() ?? null;
  let result;
  for (let i = 0; i < (req.warmup ?? 0); i++) result = engine.run(text);
  const ms = [];
  const start = performance.now();
  do {
    const a = performance.now();
    result = engine.run(text);
    ms.push(performance.now() - a);
  } while (ms.length < (req.runs ?? 1) && performance.now() - start < (req.maxSeconds ?? 0) * 1000);
  const out = {
    kind: 'time', file: req.file, bytes: Buffer.byteLength(text), runs: ms.length, median_ms: median(ms),
    min_ms: Math.min(...ms), max_ms: Math.max(...ms), max_rss_kb: rssKb(), heap_before_bytes: heapBefore,
    heap_bytes: engine.memoryBytes?.() ?? null,
  };
  if (req.counts) out.counts = engine.count(result);
  if (req.times) out.times_ms = ms;
  return out;
}

function leak(req) {
  if (!engine.memoryBytes) return { kind: 'leak', error: 'this engine has no WebAssembly heap' };
  const text = textOf(req.file);
  for (let i = 0; i < 100; i++) engine.run(text);
  const before = engine.memoryBytes();
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  for (let i = 0; i < req.calls; i++) engine.run(text);
  return {
    kind: 'leak', file: req.file, calls: req.calls, heap_before_bytes: before, heap_after_bytes: engine.memoryBytes(),
    rss_before_bytes: rssBefore, rss_after_bytes: process.memoryUsage().rss, mean_ms: (performance.now() - start) / req.calls,
  };
}

const t0 = performance.now();
const engine = await ENGINES[engineName]();
emit({ kind: 'load', engine: engineName, ms: performance.now() - t0, max_rss_kb: rssKb(), heap_bytes: engine.memoryBytes?.() ?? null });

const { createInterface } = await import('node:readline');
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const req = JSON.parse(line);
  try {
    if (req.fresh && engine.fresh) await engine.fresh();
    emit(req.kind === 'leak' ? leak(req) : time(req));
  } catch (err) {
    emit({ kind: req.kind ?? 'time', file: req.file, error: String(err?.stack ?? err) });
  }
}
