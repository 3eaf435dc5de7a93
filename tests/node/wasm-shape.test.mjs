// The shape of the WebAssembly module's code, for its first analysis in a page. V8 compiles
// each function on its first call (Liftoff), in time that grows with the function's size
// times its number of locals; one 125 KB function with 263 locals (the whole pipeline, inlined)
// took 45-67 ms of the page's first result in Chromium. These limits keep the pipeline in
// pieces (core/src/model/inlining.h, wasm/CMakeLists.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SITE_URL } from '../support/paths.mjs';
import { functionBodies } from '../support/wasm-functions.mjs';

const WASM = readFileSync(new URL('concessions_core.wasm', new URL(SITE_URL)));
const bodies = functionBodies(WASM);

// Today's largest: 21 KB, and 2.3 M for size times locals.
const MAX_FUNCTION_BYTES = 40 * 1024;
const MAX_BYTES_TIMES_LOCALS = 4e6;

test('the reader finds every function the module defines', () => {
  const module = new WebAssembly.Module(WASM);
  const imported = WebAssembly.Module.imports(module).filter((i) => i.kind === 'function').length;
  assert.ok(bodies.length > 100, `${bodies.length} function bodies`);
  assert.equal(bodies[0].index, imported, 'defined functions are numbered after the imported ones');
  const total = bodies.reduce((sum, b) => sum + b.bytes, 0);
  assert.ok(total > WASM.length / 5 && total < WASM.length, `${total} bytes of code in a ${WASM.length}-byte module`);
});

test('no function is too large to compile quickly on its first call', () => {
  const largest = bodies.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  assert.ok(largest.bytes <= MAX_FUNCTION_BYTES,
    `function ${largest.index}: ${largest.bytes} bytes (limit ${MAX_FUNCTION_BYTES}); keep large stages CONCESSIONS_NOINLINE`);
  const costliest = bodies.reduce((a, b) => (b.bytes * b.locals > a.bytes * a.locals ? b : a));
  assert.ok(costliest.bytes * costliest.locals <= MAX_BYTES_TIMES_LOCALS,
    `function ${costliest.index}: ${costliest.bytes} bytes x ${costliest.locals} locals (limit ${MAX_BYTES_TIMES_LOCALS})`);
});
