// The public JavaScript API of the analyzer: one async createAnalyzer(), then synchronous
// analyze(text) calls that return plain analysis objects (../shared/spec/analysis-format.md).
// The same file runs in browsers, module Workers and Node >= 20.
import createConcessionsCore from './concessions_core.js';

/** The format identifier every analysis document carries. */
export const FORMAT = 'concessions.analysis/1';

const WASM_FILE = 'concessions_core.wasm';
const isNode = typeof process !== 'undefined' && Boolean(process.versions?.node);

/**
 * Loads the WebAssembly core and resolves to an analyzer.
 *
 * options.locateFile(path, scriptDirectory): where to find `concessions_core.wasm`;
 *   by default next to this file (so the site can be copied to any host or CDN).
 * options.wasmBinary: the module's bytes, if the host already has them.
 *
 * The analyzer's analyze(text, options = {}) returns the analysis object, or an
 * error document `{format, error: {code, message}}` for options the core rejects.
 * It throws a TypeError for a text that is not a string or options that are not a
 * plain object, and an Error after close().
 */
export async function createAnalyzer(options = {}) {
  if (!isPlainObject(options)) throw new TypeError(`createAnalyzer options must be a plain object, got ${describe(options)}`);
  const locateFile = options.locateFile ?? ((path) => new URL(path, import.meta.url).href);
  const wasmBinary = options.wasmBinary ?? (isNode ? await readNodeFile(new URL(WASM_FILE, import.meta.url)) : undefined);
  let core = await instantiate({ locateFile, wasmBinary });
  const encoder = new TextEncoder();

  return {
    analyze(text, analyzeOptions = {}) {
      if (core === null) throw new Error('analyze() called after close()');
      if (typeof text !== 'string') throw new TypeError(`analyze(text) expects a string, got ${describe(text)}`);
      analyzeOptions ??= {};
      if (!isPlainObject(analyzeOptions)) throw new TypeError(`analyze(text, options) expects a plain object, got ${describe(analyzeOptions)}`);
      // toWellFormed: a lone surrogate becomes U+FFFD, which is also one UTF-16 unit, so
      // the offsets the core computes still index the caller's original string.
      const bytes = encoder.encode(text.toWellFormed());
      return JSON.parse(core.analyze(bytes, JSON.stringify(analyzeOptions)));
    },
    /** Size of the module's linear memory in bytes (it only grows); for leak checks. */
    get memoryBytes() {
      return core === null ? 0 : core.HEAPU8.byteLength;
    },
    /** Drops the module; its memory is garbage-collected once nothing refers to it. */
    close() {
      core = null;
    },
  };
}

// Emscripten 3.1.6's ES6 glue reads the global `__dirname` when it starts in Node (and
// nothing else once wasmBinary is given). Define it only for that synchronous call, so no
// global leaks to the host program.
function instantiate(moduleArgs) {
  if (!isNode || '__dirname' in globalThis) return createConcessionsCore(moduleArgs);
  globalThis.__dirname = new URL('.', import.meta.url).pathname;
  try {
    return createConcessionsCore(moduleArgs);
  } finally {
    delete globalThis.__dirname;
  }
}

// The glue would fetch() the wasm, which Node's fetch cannot do for file: URLs.
async function readNodeFile(url) {
  const { readFileSync } = await import('node:fs');
  return readFileSync(url);
}

function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'no prototype'})`;
  return typeof value;
}
