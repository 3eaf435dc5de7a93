// The page's analysis Worker: runs the WebAssembly analyzer off the main thread, so that the
// page stays responsive while a long article is analyzed. A narrow protocol of its own:
//   page → worker   {id, type: 'analyze', text}
//   worker → page   {id, type: 'part', path, items, index, count}   0 or more (transfer.js)
//                   {id, ok: true, result, ms}  or  {id, ok: false, error: {name, message}}
// The page sends one request at a time (analysis-client.js) and stops a long one by
// terminating the Worker.
//
// No static imports: this file runs as soon as it arrives. The .wasm download and its
// compilation start first, while the JS API and the Emscripten glue load in parallel (one
// level of requests, not concessions.js → concessions_core.js → .wasm one after another);
// the compiled module is then handed to createAnalyzer({wasmModule}).
const WASM_URL = new URL('./concessions_core.wasm', import.meta.url);

// Analyzed once as soon as the analyzer exists, before any request: V8 compiles each of the
// module's functions on its first call, and the core decodes its lexicon on its first
// look-up. Left to the first request, that made it about 40 ms slower than the next ones.
const WARM_UP =
  'WASHINGTON, March 3 (Reuters) - President Jane Doe of Freedonia on Monday offered a limited ' +
  '30-day ceasefire to Sylvania, and the United Nations said the two sides had agreed to talks. ' +
  '"We reject any deal," the rebels said, demanding $5 billion, or 12% of exports, unless it ends.';

const compiled = compileWasm();
const ready = Promise.all([
  import('./concessions.js'),
  import('./transfer.js'),
  compiled,
  import('./concessions_core.js'), // concessions.js imports these two: fetched now, not after it
  import('./analysis-records.js'),
]).then(async ([{ createAnalyzer }, { splitAnalysis }, wasmModule]) => {
  const analyzer = await createAnalyzer(wasmModule ? { wasmModule } : {});
  const start = performance.now();
  analyzer.analyze(WARM_UP);
  performance.measure('concessions:warm-up', { start, end: performance.now() }); // in DevTools
  return { analyzer, splitAnalysis };
});
ready.catch(() => {}); // reported to each request below, not as an unhandled rejection

// Resolves to the compiled module, or null when it could not be compiled here (a server
// that does not send application/wasm, for one): createAnalyzer() then loads it its own
// way and reports what fails.
async function compileWasm() {
  try {
    return await WebAssembly.compileStreaming(fetch(WASM_URL, { credentials: 'same-origin' }));
  } catch {
    return null;
  }
}

// Registered before the module has loaded (toolchain notes, pitfall 8): a request that
// arrives while the .wasm compiles waits on `ready` instead of being lost.
self.onmessage = async ({ data }) => {
  const { id, type, text } = data ?? {};
  try {
    if (type !== 'analyze') throw new TypeError(`unknown request type ${JSON.stringify(type)}`);
    const { analyzer, splitAnalysis } = await ready;
    const started = performance.now();
    const analysis = analyzer.analyze(text);
    const ms = performance.now() - started;
    const { skeleton, parts } = splitAnalysis(analysis);
    parts.forEach((part, index) => self.postMessage({ id, type: 'part', ...part, index, count: parts.length }));
    self.postMessage({ id, ok: true, result: skeleton, ms });
  } catch (err) {
    self.postMessage({ id, ok: false, error: { name: err?.name ?? 'Error', message: String(err?.message ?? err) } });
  }
};
