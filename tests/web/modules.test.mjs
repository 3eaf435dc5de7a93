// The page's DOM-free modules in Node: moving a large analysis in parts (transfer.js), the
// exports (export-formats.js), Markdown to text (text-formats.js), links that carry the
// text (fragment.js), block-wise range nesting (spans.js), that concessions.d.ts names
// what the modules export, and that the pages preload their whole module graph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SITE_DIR, SITE_URL } from '../support/paths.mjs';
import { splitAnalysis, joinParts, createJoiner } from '../../web/transfer.js';
import { entitiesCsv, jsonPieces, summaryMarkdown } from '../../web/export-formats.js';
import { markdownToText } from '../../web/text-formats.js';
import { MAX_FRAGMENT, fragmentToText, textToFragment } from '../../web/fragment.js';
import { nestRanges, nestRangesIn, overlapping } from '../../web/spans.js';
import { ENTITY_TYPES, EVENT_TYPES } from '../../web/labels.js';

const { createAnalyzer } = await import(new URL('concessions.js', SITE_URL).href);
const analyzer = await createAnalyzer();
const SEED = readFileSync(new URL('../../web/examples/seed.txt', import.meta.url), 'utf8');
const seedAnalysis = analyzer.analyze(SEED);

test('a large analysis splits into small parts and joins back unchanged', () => {
  const big = analyzer.analyze(`${SEED}\n\n`.repeat(40));
  const { skeleton, parts } = splitAnalysis(big, 200);
  assert.ok(parts.length > 10, `${parts.length} parts`);
  assert.deepEqual(skeleton.events, []);
  // Each part is small, even for an entity with more mentions than a part holds.
  for (const part of parts) assert.ok(part.items.length <= 200, `${part.path.join('.')}: ${part.items.length}`);
  assert.ok(parts.some((p) => p.path.length === 3 && p.path[2] === 'mentions'), 'mentions of a frequent entity travel on their own');
  // Through structured cloning, as postMessage would, part by part.
  const joiner = createJoiner();
  for (const part of parts) joiner.add(structuredClone(part));
  assert.deepEqual(joiner.finish(structuredClone(skeleton)), big);
  assert.deepEqual(joinParts(structuredClone(skeleton), parts), big);
});

test('a small analysis travels whole', () => {
  const small = analyzer.analyze('Ukraine rejected the plan.');
  const { skeleton, parts } = splitAnalysis(small);
  assert.equal(parts.length, 0);
  assert.equal(skeleton, small);
});

test('the JSON export is the analysis, built in pieces', async () => {
  const pieces = await jsonPieces(seedAnalysis);
  assert.ok(pieces.length > 10);
  assert.deepEqual(JSON.parse(pieces.join('')), seedAnalysis);
});

test('the CSV export quotes, and defuses cells a spreadsheet would run', () => {
  const analysis = {
    entities: [
      { id: 'E1', type: 'ORG', name: 'Smith, Jones & "Partners"', role: null, affiliation: null, mentions: [{ start: 0, end: 5 }] },
      { id: 'E2', type: 'PERSON', name: '=HYPERLINK("http://x")', role: '@admin', affiliation: 'E1', mentions: [{ start: 9, end: 12 }, { start: 20, end: 23 }] },
      { id: 'E3', type: 'PERCENT', name: '-3%', role: 'line\nbreak', affiliation: null, mentions: [] },
    ],
    events: [],
  };
  const lines = entitiesCsv(analysis).split('\r\n');
  assert.equal(lines[0], 'id,type,name,role,affiliation,affiliation_name,mentions,first_start,first_end');
  assert.equal(lines[1], 'E1,ORG,"Smith, Jones & ""Partners""",,,,1,0,5');
  assert.equal(lines[2], `E2,PERSON,"'=HYPERLINK(""http://x"")",'@admin,E1,"Smith, Jones & ""Partners""",2,9,12`);
  assert.equal(lines[3], `E3,PERCENT,'-3%,"line\nbreak",,,0,,`);
  assert.equal(lines.at(-1), '', 'ends with CRLF');
});

test('the Markdown summary escapes the text it quotes', () => {
  const markdown = summaryMarkdown(seedAnalysis);
  assert.ok(markdown.startsWith('# Summary\n\n'));
  for (const row of seedAnalysis.summary.by_actor) {
    const name = seedAnalysis.entities.find((e) => e.id === row.actor).name;
    assert.ok(markdown.includes(`| ${name} |`), name);
  }
  const hostile = summaryMarkdown({
    entities: [{ id: 'E1', type: 'ORG', name: 'A|B', mentions: [] }],
    events: [{ id: 'V1', type: 'OFFER', what: '*bold* [link](x) <b>' }],
    summary: { headline: '# not a heading', points: [{ text: 'one\ntwo', events: ['V1'] }], by_actor: [{ actor: 'E1', offered: ['V1'] }] },
  });
  assert.ok(hostile.includes('\\# not a heading'));
  assert.ok(hostile.includes('- one two (V1)'));
  assert.ok(hostile.includes('| A\\|B | \\*bold\\* \\[link\\](x) \\<b\\> (V1) |'));
});

test('Markdown files are read as the text a reader sees', () => {
  const md = '# Talks resume\n\n> **Ukraine** rejected the [plan](https://example.com) from _Russia_.\n\n- a `30-day` truce\n\n```\ncode\n```\nsnake_case_name stays.\n';
  assert.equal(markdownToText(md), 'Talks resume\n\nUkraine rejected the plan from Russia.\n\n- a 30-day truce\n\ncode\n\nsnake_case_name stays.');
});

test('a link carries the text, compressed, and refuses what it cannot read', async () => {
  const fragment = await textToFragment(SEED);
  assert.match(fragment, /^#z=[A-Za-z0-9_-]+$/);
  assert.ok(fragment.length < SEED.length / 1.5, `compressed: ${fragment.length} for ${SEED.length}`);
  assert.equal(await fragmentToText(fragment), SEED);
  assert.equal(await fragmentToText('#text=Caf%C3%A9%20%3Cb%3E'), 'Café <b>');
  assert.equal(await fragmentToText(''), null);
  assert.equal(await fragmentToText('#other=1'), null);
  await assert.rejects(fragmentToText('#z=not-deflate'));
  // Random text does not compress: past MAX_FRAGMENT there is no link.
  const noise = Array.from(randomBytes(MAX_FRAGMENT), (b) => String.fromCharCode(33 + (b % 90))).join('');
  assert.equal(await textToFragment(noise), null);
});

test('drawing block by block gives the same pieces as drawing at once', () => {
  const layers = [
    [{ start: 0, end: 10 }, { start: 10, end: 30 }],
    [{ start: 2, end: 5 }, { start: 8, end: 12 }, { start: 20, end: 25 }],
  ];
  const flat = (nodes, out = []) => {
    for (const n of nodes) {
      if (n.layer === undefined) out.push(`${n.start}-${n.end}`);
      else flat(n.children, out);
    }
    return out;
  };
  const whole = flat(nestRanges(30, layers));
  const blocks = [[0, 9], [9, 21], [21, 30]].flatMap(([from, to]) =>
    flat(nestRangesIn(from, to, layers.map((l) => overlapping(l, from, to)))));
  // The same text leaves, cut at the block edges too.
  assert.deepEqual(blocks.join(' ').replace(/(\d+)-9 9-/g, '$1-').replace(/(\d+)-21 21-/g, '$1-'), whole.join(' '));
  assert.deepEqual(overlapping(layers[1], 5, 20).map((r) => r.start), [8]);
  assert.deepEqual(overlapping(layers[1], 4, 21).map((r) => r.start), [2, 8, 20]);
});

test('concessions.d.ts declares the API, every type and the element', () => {
  const dts = readFileSync(new URL('../../web/concessions.d.ts', import.meta.url), 'utf8');
  for (const name of ['createAnalyzer', 'FORMAT', 'Analysis', 'AnalysisError', 'Entity', 'AnalysisEvent', 'Summary', 'ConcessionAnalyzerElement', "'concession-analyzer'", 'analyzed: CustomEvent<Analysis>']) {
    assert.ok(dts.includes(name), name);
  }
  const union = (name) => dts.match(new RegExp(`export type ${name} = ([^;]+);`))[1].match(/'([A-Z]+)'/g).map((s) => s.slice(1, -1));
  assert.deepEqual(union('EntityType').sort(), Object.keys(ENTITY_TYPES).sort());
  assert.deepEqual(union('EventType').sort(), Object.keys(EVENT_TYPES).sort());
  // Every custom property the stylesheets read is documented for embedders.
  const css = ['theme.css', 'highlight.css', 'element.css'].map((f) => readFileSync(new URL(`../../web/${f}`, import.meta.url), 'utf8')).join('\n');
  for (const prop of new Set(css.match(/--ca-[a-z-]+/g))) assert.ok(dts.includes(prop), `${prop} documented`);
});

// ---- Module preloads: each page names every module its scripts import ------------------

const WEB = new URL('../../web/', import.meta.url);
// A module's source: web/, or the built site for the Emscripten glue (concessions_core.js).
const moduleSource = (path) => readFileSync(existsSync(new URL(path, WEB)) ? new URL(path, WEB) : `${SITE_DIR}/${path}`, 'utf8');
// Static imports and re-exports (import … from './x.js', import './x.js', export … from './x.js');
// a dynamic import() is not part of the graph the browser loads before running the page.
const STATIC_IMPORT = /^[ \t]*(?:import|export)\s+(?:[\w$*{][^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
function staticImports(path) {
  return [...moduleSource(path).matchAll(STATIC_IMPORT)].map((m) => {
    assert.match(m[1], /^\.\.?\//, `${path} imports ${m[1]}: only relative imports are served`);
    return posix.normalize(posix.join(posix.dirname(path), m[1]));
  });
}
/** Every module reachable from `entries` by static imports, the entries included. */
function moduleGraph(entries) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    staticImports(path).forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}
const attributes = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map(([, k, v = '']) => [k, v]));
function pageLinks(page) {
  const html = readFileSync(new URL(page, WEB), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attributes(m[0]));
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => attributes(m[0])).filter((a) => a.rel === 'modulepreload').map((a) => a.href);
  return { scripts, preloads };
}

for (const page of ['index.html', 'embed.html']) {
  test(`${page} preloads every module its scripts import, and nothing else`, () => {
    const { scripts, preloads } = pageLinks(page);
    assert.ok(scripts.length > 0);
    for (const s of scripts) assert.equal(s.type, 'module', `${s.src}: a module script`);
    const entries = scripts.map((s) => s.src);
    const graph = moduleGraph(entries);
    // index.html's page loads the analyzer's API only where its Worker cannot run (import()).
    assert.ok(graph.has(page === 'index.html' ? 'spans.js' : 'concessions_core.js'), 'the graph is followed to its leaves');
    const wanted = [...graph].filter((path) => !entries.includes(path)).sort();
    assert.deepEqual([...preloads].sort(), wanted, 'the modulepreload list is the import graph (missing or extra modules)');
    assert.equal(new Set(preloads).size, preloads.length, 'no module preloaded twice');
  });
}

test('index.html starts the Worker first, from a module that imports nothing', () => {
  const { scripts } = pageLinks('index.html');
  assert.deepEqual(scripts.map((s) => s.src), ['worker-start.js', 'app.js']);
  assert.ok('async' in scripts[0], 'worker-start.js runs as soon as it arrives, not after the page has parsed');
  assert.deepEqual(staticImports('worker-start.js'), [], 'worker-start.js waits for no other module');
  assert.ok(staticImports('app.js').includes('worker-start.js'), 'app.js takes the Worker from the same module');
  // The Worker runs at once and fetches the .wasm with its modules (tests/e2e/page.test.mjs
  // checks the order of the requests): its own imports are dynamic.
  assert.deepEqual(staticImports('worker.js'), [], 'worker.js has no static imports');
});

// The served index.html (build/site, scripts/build_site_bundle.mjs): app.js's graph in one
// file, which shares worker-start.js with the page and leaves the API to import().
test('the built index.html loads its modules as one bundle', () => {
  const html = readFileSync(`${SITE_DIR}/index.html`, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attributes(m[0]));
  assert.deepEqual(scripts.map((s) => s.src), ['worker-start.js', 'app.bundle.js']);
  assert.ok(!html.includes('modulepreload'), 'nothing left to preload');
  const bundle = readFileSync(`${SITE_DIR}/app.bundle.js`, 'utf8');
  const bundled = [...bundle.matchAll(/^\/\/ ([\w-]+\.js)$/gm)].map((m) => m[1]).sort();
  const graph = [...moduleGraph(['app.js'])].filter((path) => path !== 'worker-start.js').sort();
  assert.deepEqual(bundled, graph, 'every module of app.js\'s graph, once');
  assert.deepEqual([...bundle.matchAll(STATIC_IMPORT)].map((m) => m[1]), ['./worker-start.js'], 'one Worker: the page\'s own worker-start.js');
  assert.match(bundle, /import\('\.\/concessions\.js'\)/, 'the API is loaded only when needed');
  assert.ok(!bundled.includes('concessions_core.js'));
});
