// Sizes: what index.html loads (raw, gzip -9, brotli), the WebAssembly file split into its
// sections (code, data = the compiled-in tables, the rest), and the peers' bundles.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (buf) => ({ raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) });

function kindOf(path) {
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('concessions_core.js')) return 'glue';
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.html' || path.endsWith('/')) return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.txt') return 'example';
  return 'other';
}

/**
 * The files the page loaded (URL paths, as the browser requested them; or, without a browser,
 * every file of the site but package.json, type declarations, other pages than index.html, the
 * embed files and the element, other examples than seed.txt, and the page's modules that
 * app.bundle.js holds) measured from siteDir.
 */
export function siteSizes(siteDir, loadedPaths) {
  // The modules bundled into app.bundle.js (each starts with a "// name.js" line there), less
  // those the Worker imports itself (worker.js: import('./name.js')).
  const read = (name) => {
    const file = join(resolve(siteDir), name);
    return statSync(file, { throwIfNoEntry: false }) ? readFileSync(file, 'utf8') : '';
  };
  const workerImports = new Set([...read('worker.js').matchAll(/import\('\.\/([\w-]+\.js)'\)/g)].map((m) => `/${m[1]}`));
  const bundled = new Set([...read('app.bundle.js').matchAll(/^\/\/ ([\w-]+\.js)$/gm)].map((m) => `/${m[1]}`)
    .filter((p) => !workerImports.has(p)));
  const all = () => readdirSync(resolve(siteDir), { recursive: true })
    .filter((f) => statSync(join(resolve(siteDir), f)).isFile())
    .map((f) => `/${f.split(sep).join('/')}`)
    .filter((p) => !/(^\/package\.json|\.d\.ts|^\/embed\.\w+|^\/concession-analyzer\.js|^\/element\.css|^\/(?!index\.)[^/]*\.html)$/.test(p))
    .filter((p) => !bundled.has(p))
    .filter((p) => !p.startsWith('/examples/') || p === '/examples/seed.txt')
    .map((p) => (p === '/index.html' ? '/' : p));
  // Each file once: a page and its Worker may both request the same module (the HTTP cache serves
  // the second when the server allows caching).
  const files = [...new Set(loadedPaths ?? all())]
    .map((p) => ({ path: p, file: join(resolve(siteDir), p.endsWith('/') ? `${p}index.html` : p) }))
    .map(({ path, file }) => ({ path, kind: kindOf(path), ...measure(readFileSync(file)) }));
  const page = files; // the example too: index.html preloads it with the page
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  const byKind = {};
  for (const f of page) {
    byKind[f.kind] ??= { raw: 0, gzip: 0, brotli: 0 };
    for (const k of ['raw', 'gzip', 'brotli']) byKind[f.kind][k] += f[k];
  }
  return {
    requests: loadedPaths?.length ?? null, files, by_kind: byKind,
    total: { raw: sum(page, 'raw'), gzip: sum(page, 'gzip'), brotli: sum(page, 'brotli') },
    wasm_sections: wasmSections(join(resolve(siteDir), 'concessions_core.wasm')),
  };
}

// Splits a .wasm file into code (section 10), data (11: the compiled-in tables and strings)
// and everything else, each measured on its own (so the gzip parts add up only roughly).
export function wasmSections(file) {
  const buf = readFileSync(file);
  const parts = { code: [], data: [], other: [buf.subarray(0, 8)] };
  let pos = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(b & 0x80)) return result;
    }
  };
  while (pos < buf.length) {
    const start = pos;
    const id = buf[pos++];
    const size = leb();
    const end = pos + size;
    const part = id === 10 ? 'code' : id === 11 ? 'data' : 'other';
    parts[part].push(buf.subarray(start, end));
    pos = end;
  }
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, measure(Buffer.concat(v))]));
}

/**
 * The peers as a page would ship them. compromise: its own minified browser builds
 * (compromise.js and compromise-dates.min.js). wink-nlp publishes no bundle: every file Node
 * loads for wink-nlp + wink-eng-lite-web-model (the JavaScript unminified, the model JSON as
 * is), concatenated, which is what a bundler would inline.
 */
export function peerSizes(root) {
  const require = createRequire(join(root, 'package.json'));
  const files = (list) => {
    const bufs = list.map((f) => readFileSync(f));
    return { files: list.length, ...measure(Buffer.concat(bufs)) };
  };
  const out = {};
  try {
    out.compromise = files([join(root, 'node_modules/compromise/builds/compromise.js'), join(root, 'node_modules/compromise-dates/builds/compromise-dates.min.js')]);
  } catch (err) {
    out.compromise = { error: err.message };
  }
  try {
    const before = new Set(Object.keys(require.cache));
    require('wink-nlp');
    require('wink-eng-lite-web-model');
    const loaded = Object.keys(require.cache).filter((f) => !before.has(f) && /node_modules\/wink-/.test(f) && statSync(f).isFile());
    out.wink = files(loaded);
  } catch (err) {
    out.wink = { error: err.message };
  }
  return out;
}
