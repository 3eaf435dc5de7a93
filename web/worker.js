// The page's analysis Worker: runs the WebAssembly analyzer off the main thread, so that the
// page stays responsive while a long article is analyzed. A narrow protocol of its own:
//   page → worker   {id, type: 'analyze', text}
//   worker → page   {id, type: 'part', path, items, index, count}   0 or more (transfer.js)
//                   {id, ok: true, result, ms}  or  {id, ok: false, error: {name, message}}
// The page sends one request at a time (analysis-client.js) and stops a long one by
// terminating the Worker.
import { createAnalyzer } from './concessions.js';
import { splitAnalysis } from './transfer.js';

const ready = createAnalyzer();
ready.catch(() => {}); // reported to each request below, not as an unhandled rejection

// Registered before the module has loaded (toolchain notes, pitfall 8): a request that
// arrives while the .wasm compiles waits on `ready` instead of being lost.
self.onmessage = async ({ data }) => {
  const { id, type, text } = data ?? {};
  try {
    if (type !== 'analyze') throw new TypeError(`unknown request type ${JSON.stringify(type)}`);
    const analyzer = await ready;
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
