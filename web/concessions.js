// The public JavaScript API of the analyzer: one async createAnalyzer(), then synchronous
// analyze(text) calls that return plain analysis objects (../shared/spec/analysis-format.md).
// The same file runs in browsers, module Workers and Node >= 20.
import { readAnalysis } from './analysis-records.js';
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
 * options.wasmModule: the compiled module (a WebAssembly.Module), if the host already has
 *   it: e.g. from WebAssembly.compileStreaming(fetch(url)) started before this file had
 *   loaded, as the page's Worker does (worker.js). It is instantiated as is: nothing is
 *   fetched or read, and wasmBinary and locateFile's .wasm are not used.
 *
 * The analyzer's analyze(text, options = {}) returns the analysis object, or an
 * error document `{format, error: {code, message}}` for options the core rejects.
 * It throws a TypeError for a text that is not a string or options that are not a
 * plain object, and an Error after close().
 */
export async function createAnalyzer(options = {}) {
  if (!isPlainObject(options)) throw new TypeError(`createAnalyzer options must be a plain object, got ${describe(options)}`);
  const { wasmModule } = options;
  if (wasmModule !== undefined && !(wasmModule instanceof WebAssembly.Module)) {
    throw new TypeError(`createAnalyzer options.wasmModule must be a WebAssembly.Module, got ${describe(wasmModule)}`);
  }
  const here = new URL('.', import.meta.url).href;
  const locateFile = options.locateFile ?? ((path) => new URL(path, here).href);
  let core;
  if (wasmModule) {
    core = await instantiateCompiled(wasmModule, locateFile);
  } else {
    // Node's fetch cannot read file: URLs, so there the bytes are read here, from wherever
    // locateFile says (a path or a file: URL, relative to this file).
    const wasmBinary = options.wasmBinary ?? (isNode ? await readNodeFile(new URL(locateFile(WASM_FILE, here), here)) : undefined);
    core = await instantiate({ locateFile, wasmBinary });
  }
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  return {
    analyze(text, analyzeOptions = {}) {
      if (core === null) throw new Error('analyze() called after close()');
      if (typeof text !== 'string') throw new TypeError(`analyze(text) expects a string, got ${describe(text)}`);
      analyzeOptions ??= {};
      if (!isPlainObject(analyzeOptions)) throw new TypeError(`analyze(text, options) expects a plain object, got ${describe(analyzeOptions)}`);
      // toWellFormed: a lone surrogate becomes U+FFFD, which is also one UTF-16 unit, so
      // the offsets the core computes still index the caller's original string.
      const wellFormed = text.toWellFormed();
      const bytes = encoder.encode(wellFormed);
      // The analysis comes as records (analysis-records.js), in pieces copied out as they
      // arrive, so that they are never whole in the module's memory.
      const intPieces = [];
      const stringPieces = [];
      const error = core.analyzeRecords(bytes, JSON.stringify(analyzeOptions), (ints, stringBytes) => {
        intPieces.push(ints.slice());
        stringPieces.push(decoder.decode(stringBytes, { stream: true }));
      });
      stringPieces.push(decoder.decode());
      if (error !== '') return JSON.parse(error);
      return readAnalysis(wellFormed, joinInts(intPieces), stringPieces.join(''));
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

// Two Node-only quirks of Emscripten 3.1.6's ES6 glue, both confined to its synchronous
// start: it reads the global `__dirname` (nothing else once wasmBinary is given), so it
// is defined for that call only; and unless linked with -sNODEJS_CATCH_EXIT=0
// -sNODEJS_CATCH_REJECTION=0 it adds process-wide 'uncaughtException' and
// 'unhandledRejection' handlers (one more per instance), which a library must not do.
const PROCESS_EVENTS = ['uncaughtException', 'unhandledRejection'];

function instantiate(moduleArgs) {
  if (!isNode) return createConcessionsCore(moduleArgs);
  const before = PROCESS_EVENTS.map((event) => [event, process.listeners(event)]);
  const shimDirname = !('__dirname' in globalThis);
  if (shimDirname) globalThis.__dirname = new URL('.', import.meta.url).pathname; // locateFile overrides it
  try {
    return createConcessionsCore(moduleArgs);
  } finally {
    if (shimDirname) delete globalThis.__dirname;
    for (const [event, listeners] of before) {
      for (const added of process.listeners(event).filter((l) => !listeners.includes(l))) process.removeListener(event, added);
    }
  }
}

// A compiled module goes in through the glue's instantiateWasm hook (it is in
// -sINCOMING_MODULE_JS_API). The glue leaves a failure there to the hook and would wait
// forever, so a failed instantiation rejects through a promise of our own.
function instantiateCompiled(wasmModule, locateFile) {
  let fail;
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  const instantiateWasm = (imports, receiveInstance) => {
    WebAssembly.instantiate(wasmModule, imports)
      .then((instance) => receiveInstance(instance, wasmModule))
      .catch(fail);
    return {}; // the exports arrive later, through receiveInstance
  };
  return Promise.race([instantiate({ locateFile, instantiateWasm }), failed]);
}

function joinInts(pieces) {
  if (pieces.length === 1) return pieces[0];
  const all = new Int32Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    all.set(piece, at);
    at += piece.length;
  }
  return all;
}

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
