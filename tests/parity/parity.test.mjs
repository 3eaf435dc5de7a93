// Parity: the native tool (build/native/concessions) and the WebAssembly module
// (build/site/concessions.js) must return the same analysis for the same text, on every
// dev corpus article and on inputs that stress the UTF-8 / UTF-16 offset mapping.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR as CORPUS, NATIVE_TOOL as NATIVE, ROOT_DIR, SITE_URL } from '../support/paths.mjs';

const { createAnalyzer } = await import(new URL('concessions.js', SITE_URL).href);
const analyzer = await createAnalyzer();

const EXAMPLE = join(ROOT_DIR, 'web/examples/seed.txt');
const SEED = readFileSync(EXAMPLE, 'utf8');

// Each is analyzed as a JS string by the module and, written as UTF-8, by the native tool.
// Lone surrogates cannot be written as UTF-8: the file gets U+FFFD, as the module sees them.
const TRICKY = {
  'emoji with modifiers and ZWJ sequences':
    '👍🏽 Volodymyr Zelenskiy met 👨‍👩‍👧 families in Kyiv 🇺🇦. Vladimir Putin agreed to a 30-day ceasefire 🎉 on Monday.',
  'lone surrogates':
    'Vladimir Putin \uD800agreed to halt attacks on energy facilities for one month.\uDC00 Ukraine rejected the plan. \uD83D',
  'CRLF line ends': SEED.replace(/\n/g, '\r\n'),
  'empty text': '',
  'whitespace only': ' \n\t\r\n ',
  'Cyrillic and Arabic':
    'Владимир Путин встретился с Зеленским в Москве. Vladimir Putin proposed talks. ' +
    'قال الرئيس محمود عباس إن فلسطين ترفض الاقتراح. Mahmoud Abbas rejected the proposal from Israel.',
  'NUL bytes': 'Putin\u0000 agreed to a ceasefire with Ukraine.\u0000 The United States proposed sanctions relief.',
  'byte order mark and combining marks': '\uFEFFZu\u0308rich hosted talks. Switzerland offered to mediate between Russia and Ukraine.',
};

const scratch = mkdtempSync(join(tmpdir(), 'concessions-parity-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function native(file) {
  return JSON.parse(execFileSync(NATIVE, [file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
}

// What `text.slice()` promises in the format: every offset indexes the JS string.
function assertOffsetsIndexText(analysis, text) {
  assert.equal(analysis.length, text.length, 'length is in UTF-16 code units');
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      assert.equal(m.text, text.slice(m.start, m.end), `mention of ${entity.id} at ${m.start}..${m.end}`);
    }
  }
  for (const event of analysis.events) {
    assert.equal(event.trigger.text, text.slice(event.trigger.start, event.trigger.end), `trigger of ${event.id}`);
  }
  for (const s of analysis.sentences) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, 'sentence in range');
}

function checkParity(file, text) {
  const wasm = analyzer.analyze(text);
  // deepStrictEqual ignores key order, which the format leaves free.
  assert.deepStrictEqual(wasm, native(file));
  assertOffsetsIndexText(wasm, text);
}

// The shared dev corpus sits beside the repository; the bundled example is always here.
const articles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort() : [];

test('bundled example: web/examples/seed.txt', () => {
  checkParity(EXAMPLE, readFileSync(EXAMPLE, 'utf8'));
});

test('dev corpus', { skip: articles.length === 0 && `no .txt files in ${CORPUS}` }, async (t) => {
  for (const name of articles) {
    await t.test(name, () => {
      const file = join(CORPUS, name);
      checkParity(file, readFileSync(file, 'utf8'));
    });
  }
});

for (const [name, text] of Object.entries(TRICKY)) {
  test(`tricky: ${name}`, () => {
    const file = join(scratch, `${name.replace(/\W+/g, '_')}.txt`);
    writeFileSync(file, text.toWellFormed(), 'utf8');
    checkParity(file, text);
  });
}

// The module hands its analysis to JavaScript in pieces (records of 16 K integers and 64 KB of
// strings): a long text arrives in several, split anywhere in the strings' UTF-8 (the accents
// and emoji here), and must read as the native tool's document all the same.
test('a long text that arrives in many pieces', () => {
  const stories = [SEED, ...articles.map((name) => readFileSync(join(CORPUS, name), 'utf8'))];
  const parts = [];
  for (let i = 0, size = 0; size < 700_000; i++) {
    const story = stories[i % stories.length];
    const marked = i % 3 === 0 ? story.replaceAll('Ukraine', 'Ukraïne 🇺🇦').replaceAll(' said', ' said “quoted”') : story;
    parts.push(marked);
    size += marked.length;
  }
  const text = parts.join('\n\n');
  const file = join(scratch, 'long.txt');
  writeFileSync(file, text, 'utf8');
  const wasm = analyzer.analyze(text);
  assert.ok(wasm.entities.length > 100 && wasm.events.length > 200, 'a long text full of moves');
  checkParity(file, text);
});
