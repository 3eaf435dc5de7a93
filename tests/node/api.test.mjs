// The JS API (build/site/concessions.js) in Node: shape of the result, argument checking,
// error documents, and that repeated calls do not leak memory or globals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SITE_URL } from '../support/paths.mjs';

const SITE = new URL(SITE_URL);
const { createAnalyzer, FORMAT } = await import(new URL('concessions.js', SITE).href);
const SEED = readFileSync(new URL('examples/seed.txt', SITE), 'utf8');

const analyzer = await createAnalyzer();

test('FORMAT names the format version', () => {
  assert.equal(FORMAT, 'concessions.analysis/1');
});

test('analyze returns an analysis document of the format', () => {
  const a = analyzer.analyze(SEED);
  assert.equal(a.format, FORMAT);
  assert.equal(a.length, SEED.length);
  for (const key of ['sentences', 'entities', 'events', 'warnings']) assert.ok(Array.isArray(a[key]), `${key} is an array`);
  assert.equal(typeof a.summary, 'object');
  assert.ok(Array.isArray(a.summary.by_actor));
  assert.equal(a.error, undefined);
  assert.ok(a.sentences.length > 0 && a.entities.length > 0, 'the example article has sentences and entities');
  for (const entity of a.entities) {
    for (const m of entity.mentions) assert.equal(SEED.slice(m.start, m.end), m.text, `mention of ${entity.id}`);
  }
});

test('analyze accepts an empty string and options', () => {
  const a = analyzer.analyze('', {});
  assert.equal(a.format, FORMAT);
  assert.equal(a.length, 0);
  assert.deepEqual(a.entities, []);
  assert.deepEqual(analyzer.analyze('Putin', undefined), analyzer.analyze('Putin'));
});

test('a text that is not a string is a TypeError naming what it got', () => {
  for (const [value, got] of [[42, /number/], [null, /null/], [undefined, /undefined/], [{}, /object/], [new Uint8Array(2), /Uint8Array/], [['a'], /array/]]) {
    assert.throws(() => analyzer.analyze(value), (err) => err instanceof TypeError && got.test(err.message) && /string/.test(err.message));
  }
});

test('options that are not a plain object are a TypeError', () => {
  for (const value of ['{}', 1, ['x'], new Map()]) {
    assert.throws(() => analyzer.analyze('text', value), TypeError);
  }
});

test('an unknown option gives an error document, not an exception', () => {
  const a = analyzer.analyze('Putin met Zelenskiy.', { no_such_option: true });
  assert.deepEqual(Object.keys(a).sort(), ['error', 'format']);
  assert.equal(a.format, FORMAT);
  assert.equal(typeof a.error.code, 'string');
  assert.ok(a.error.code.length > 0);
  assert.match(a.error.message, /no_such_option/);
});

test('a lone surrogate keeps offsets aligned with the original string', () => {
  const text = 'Vladimir Putin \uD800met Volodymyr Zelenskiy in Kyiv. \uDC00Ukraine agreed.';
  const a = analyzer.analyze(text);
  assert.equal(a.length, text.length);
  for (const entity of a.entities) {
    for (const m of entity.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  }
});

test('createAnalyzer leaves no globals or process handlers behind', async () => {
  const before = ['uncaughtException', 'unhandledRejection'].map((e) => process.listenerCount(e));
  const second = await createAnalyzer();
  assert.equal('__dirname' in globalThis, false);
  assert.deepEqual(['uncaughtException', 'unhandledRejection'].map((e) => process.listenerCount(e)), before);
  assert.equal(second.analyze('Hello').format, FORMAT);
  second.close();
});

test('analyze after close() throws', async () => {
  const own = await createAnalyzer();
  own.close();
  assert.throws(() => own.analyze('text'), /close/);
  own.close(); // closing twice is harmless
});

test('createAnalyzer rejects options that are not a plain object', async () => {
  await assert.rejects(createAnalyzer('fast'), TypeError);
});

test('wasmModule: an already compiled module is instantiated as is, nothing is read', async () => {
  const wasmModule = await WebAssembly.compile(readFileSync(new URL('concessions_core.wasm', SITE)));
  // locateFile points nowhere: without wasmModule that file would be read, and fail.
  const nowhere = () => new URL('no-such-dir/concessions_core.wasm', SITE).href;
  await assert.rejects(createAnalyzer({ locateFile: nowhere }));
  const first = await createAnalyzer({ wasmModule, locateFile: nowhere });
  const second = await createAnalyzer({ wasmModule }); // one module, two instances
  assert.deepEqual(first.analyze(SEED), analyzer.analyze(SEED));
  first.close();
  assert.deepEqual(second.analyze(SEED), analyzer.analyze(SEED));
  second.close();
});

test('wasmModule must be a WebAssembly.Module, and a wrong one rejects instead of hanging', async () => {
  const bytes = readFileSync(new URL('concessions_core.wasm', SITE));
  for (const value of [bytes, bytes.buffer, 'concessions_core.wasm', {}, null]) {
    await assert.rejects(createAnalyzer({ wasmModule: value }), (err) => err instanceof TypeError && /wasmModule/.test(err.message));
  }
  // An empty module instantiates but is not the core: createAnalyzer must settle.
  const empty = new WebAssembly.Module(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  const settled = await Promise.race([
    createAnalyzer({ wasmModule: empty }).then(() => 'resolved', () => 'rejected'),
    new Promise((resolve) => setTimeout(resolve, 5000, 'hung')),
  ]);
  assert.equal(settled, 'rejected');
});

test('1,000 calls do not grow the module memory', () => {
  // ~30 KB per call: a leak of the input or output would add tens of MB over 1,000 calls.
  const text = Array(8).fill(SEED).join('\n');
  for (let i = 0; i < 20; i++) analyzer.analyze(text); // let the heap reach its working size
  const warm = analyzer.memoryBytes;
  const rssWarm = process.memoryUsage().rss;
  for (let i = 0; i < 1000; i++) analyzer.analyze(text);
  const grown = analyzer.memoryBytes - warm;
  assert.ok(grown <= 4 * 1024 * 1024, `wasm memory grew by ${grown} bytes over 1,000 calls`);
  // Loosely: the process as a whole (JS garbage included) stays within bounds too.
  const rssGrown = process.memoryUsage().rss - rssWarm;
  assert.ok(rssGrown < 256 * 1024 * 1024, `rss grew by ${rssGrown} bytes over 1,000 calls`);
});
