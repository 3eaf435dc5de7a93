// End to end: the built site (build/site) in headless Chromium, served from a local origin
// under the site's Content-Security-Policy. What a person sees (highlights, the concessions
// panel, evidence marking), typing with a debounced update, analysis in a module Worker,
// and keyboard use. Every test also checks that nothing leaves the origin, nothing is
// logged as an error and the CSP is never violated (closeClean).
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { SITE_CSP, startStaticServer } from '../support/static-server.mjs';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_DIR } from '../support/paths.mjs';
import { closeClean, launchBrowser, openPage, waitForFound } from '../support/browser.mjs';

const FOUND = /^Found \d+ entit(y|ies) and \d+ events?\./;

let server;
let browser;
let page;
let record;

before(async () => {
  server = await startStaticServer({ root: SITE_DIR, headers: { 'content-security-policy': SITE_CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  ({ page, record } = await openPage(browser, server.url));
});

afterEach(async () => {
  await closeClean(page, record, [server.url]);
});

// Every highlighted mention as {type, id, text, title}.
const marks = () => page.$$eval('mark[data-entity-type]', (els) => els.map((m) => ({ type: m.dataset.entityType, id: m.dataset.entityId, text: m.textContent, title: m.title })));

test('the example is highlighted and its concessions listed', { timeout: 60_000 }, async () => {
  await page.getByRole('button', { name: 'Try an example' }).click();
  assert.match(await waitForFound(page), FOUND);

  const found = await marks();
  assert.ok(found.some((m) => m.type === 'PERSON' && m.text === 'Putin'), 'a PERSON mark "Putin"');
  assert.ok(found.some((m) => m.type === 'GPE' && m.text === 'Ukraine'), 'a GPE mark "Ukraine"');
  assert.ok(found.some((m) => m.type === 'ORG'), 'an ORG mark');
  for (const m of found) {
    assert.match(m.id, /^E\d+$/);
    assert.match(m.title, new RegExp(` · ${m.type}`), 'tooltip names the type');
  }
  // The rendered text is the article, unchanged.
  const article = await page.inputValue('#article');
  assert.equal(await page.textContent('#text-view'), article);

  const events = await page.$$eval('.event[data-event-id]', (els) => els.map((e) => ({ id: e.dataset.eventId, type: e.dataset.eventType })));
  assert.ok(events.length > 0, 'events are listed');
  for (const e of events) assert.match(e.type, /^(OFFER|CONCESSION|PROPOSAL|AGREEMENT|DEMAND|REJECTION)$/);
  assert.ok(await page.locator('.actor-card').count() > 0, 'one card per actor');
  assert.ok(await page.locator('[data-group-type="PERSON"] .entity-item').count() > 0, 'entities grouped by type');
  assert.equal(await page.locator('#legend [data-legend-type]').count(), 9, 'the legend shows every entity type');

  // Clicking an event marks its evidence sentence in the text and its trigger word.
  const last = events.at(-1);
  const card = page.locator(`.event[data-event-id="${last.id}"]`);
  await card.locator('.event-jump').click();
  await page.waitForSelector('.sentence.is-evidence');
  const evidence = await card.locator('.evidence').textContent();
  const marked = await page.$$eval('.sentence.is-evidence', (els) => els.map((s) => s.textContent).join(' '));
  assert.ok(marked.includes(evidence.trim().slice(0, 40)), 'the marked sentence holds the evidence');
  assert.equal(await card.getAttribute('aria-current'), 'true');
  assert.ok(await page.locator(`.trigger.is-active[data-trigger-for~="${last.id}"]`).count() > 0, 'its trigger is marked');
});

test('typed text is analyzed after a pause, without pressing Analyze', { timeout: 60_000 }, async () => {
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await page.locator('#article').pressSequentially('Germany agreed to a proposal from France.', { delay: 20 });
  await page.waitForSelector('mark[data-entity-type="GPE"]');
  assert.ok((await marks()).some((m) => m.type === 'GPE' && m.text === 'France'));
  // Typing on: the view follows the text.
  await page.locator('#article').pressSequentially(' Vladimir Putin rejected it.', { delay: 20 });
  await page.waitForSelector('mark[data-entity-type="PERSON"]');
  const found = await marks();
  assert.ok(found.some((m) => m.type === 'PERSON' && m.text === 'Vladimir Putin'));
  assert.equal(await page.textContent('#text-view'), await page.inputValue('#article'));
  assert.match(await page.textContent('#status'), FOUND);
});

test('an unnamed group that acts has a summary card but no place in the entity list', { timeout: 60_000 }, async () => {
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await page.locator('#article').fill('Talks resumed in Brussels. The leaders ruled out any cut in the debt.');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await waitForFound(page);
  const names = await page.locator('.entity-item .entity-name').allTextContents();
  assert.deepEqual(names, ['Brussels']);
  const card = page.locator('.actor-card').filter({ hasText: 'leaders' });
  assert.equal(await card.count(), 1, 'the group has its row in the summary');
});

test('analysis runs in a module Worker, not on the page', { timeout: 60_000 }, async () => {
  // Started while the page loads (worker-start.js): it may be there already.
  const worker = page.workers()[0] ?? await page.waitForEvent('worker');
  await page.locator('#article').fill('Vladimir Putin met Volodymyr Zelenskiy in Ukraine.');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await waitForFound(page);
  const workers = page.workers();
  assert.equal(workers.length, 1, 'one Worker');
  assert.equal(workers[0], worker, 'the Worker started at load does the analysis');
  assert.ok(worker.url().endsWith('/worker.js'));
  // Before its first request the Worker analyzed a short text of its own, so that V8's first
  // compilation of the module's functions and the lexicon's decoding are not a person's wait.
  assert.equal(await worker.evaluate(() => performance.getEntriesByName('concessions:warm-up').length), 1, 'one warm-up');
  // The Worker speaks the page's protocol: {id, type, text} -> {id, ok, result}.
  // Its handler called directly, its reply caught on the way out.
  const reply = await workers[0].evaluate(() => new Promise((resolve) => {
    const post = self.postMessage;
    self.postMessage = (data) => {
      if (data.id !== 'probe') return post(data);
      self.postMessage = post;
      resolve(data);
    };
    self.onmessage({ data: { id: 'probe', type: 'analyze', text: 'Ukraine rejected the plan.' } });
  }));
  assert.equal(reply.ok, true);
  assert.equal(reply.result.format, 'concessions.analysis/1');
  assert.equal(reply.result.length, 'Ukraine rejected the plan.'.length);
});

test('the Worker and its .wasm load alongside the page, and an early click on the example waits for them', { timeout: 90_000 }, async () => {
  // A server that holds back the page's module bundle and the Emscripten glue (which only
  // the Worker loads), and the .wasm longer still. Nothing may wait for them that need not:
  // the Worker starts before the page's modules are in (worker-start.js), it asks for the
  // .wasm before it has the glue (worker.js), and the example (preloaded by index.html) is
  // there before the analyzer is ready.
  const HOLD_MS = 1500;
  const held = { '/app.bundle.js': HOLD_MS, '/concessions_core.js': HOLD_MS, '/concessions_core.wasm': 2 * HOLD_MS };
  const log = [];
  const slow = await startStaticServer({ root: SITE_DIR, headers: { 'content-security-policy': SITE_CSP }, delay: (path) => held[path] ?? 0, log });
  const { page: early, record: earlyRecord } = await openPage(browser, null);
  try {
    // Clicked as soon as a person could: at DOMContentLoaded, long before the analyzer is ready.
    await early.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      window.__clickedWhile = document.getElementById('status').textContent;
      window.__clickedAt = performance.now();
      document.getElementById('example').click();
    }));
    await early.goto(slow.url);
    assert.match(await waitForFound(early), FOUND);
    assert.match(await early.evaluate(() => window.__clickedWhile), /^Loading the analyzer/);
    const readyAt = await early.evaluate(() => performance.getEntriesByName('concessions:analyzer-ready')[0]?.startTime);
    assert.ok(readyAt > await early.evaluate(() => window.__clickedAt), 'the click came before the analyzer was ready');
    assert.ok(await early.locator('#text-view mark[data-entity-type]').count() > 0);
  } finally {
    await closeClean(early, earlyRecord, [slow.url]);
    await slow.close();
  }
  const first = (path) => log.find((r) => r.path === path) ?? assert.fail(`${path} was not requested`);
  const all = (path) => log.filter((r) => r.path === path);
  const at = (r) => `${Math.round(r.arrived)}–${Math.round(r.finished)}`;
  const order = log.map((r) => `${r.path} ${at(r)}`).join(', ');
  assert.equal(all('/concessions_core.js').length, 1, 'the glue once, for the Worker: the page itself does not load it');
  assert.ok(first('/worker.js').arrived < first('/app.bundle.js').finished, `worker.js asked for before the page's modules were in: ${order}`);
  assert.ok(first('/concessions_core.wasm').arrived < Math.min(...all('/concessions_core.js').map((r) => r.finished)),
    `the .wasm asked for before the glue had arrived: ${order}`);
  assert.ok(first('/examples/seed.txt').arrived < first('/concessions_core.wasm').finished, `the example fetched without waiting for the analyzer: ${order}`);
});

test('where worker.js cannot load, the Worker started at load gives way to the main thread', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-without-worker-'));
  cpSync(SITE_DIR, dir, { recursive: true });
  rmSync(join(dir, 'worker.js'));
  const broken = await startStaticServer({ root: dir, headers: { 'content-security-policy': SITE_CSP } });
  const { page: p, record: r } = await openPage(browser, broken.url);
  try {
    await p.waitForFunction(() => /^Ready/.test(document.getElementById('status').textContent));
    assert.match(await p.textContent('#status'), /runs on this page/);
    await p.getByRole('button', { name: 'Try an example' }).click();
    assert.match(await waitForFound(p), FOUND);
  } finally {
    await closeClean(p, r, [broken.url], { allowErrors: /404|worker\.js/i });
    await broken.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the page works from the keyboard, with visible focus', { timeout: 60_000 }, async () => {
  await page.locator('#article').focus();
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(order, ['analyze', 'example', 'open', 'share']);
  // Focus is drawn: the focused button has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');

  await page.locator('#example').focus();
  await page.keyboard.press('Enter');
  await waitForFound(page);
  await page.locator('.event-jump').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sentence.is-evidence');
  // Entities: a button per entity toggles the highlight of all its mentions.
  const entity = page.locator('.entity-item').first();
  await entity.focus();
  await page.keyboard.press('Space');
  assert.equal(await entity.getAttribute('aria-pressed'), 'true');
  const id = await entity.getAttribute('data-entity-ref');
  const selected = await page.$$eval('mark.is-selected', (els) => [...new Set(els.map((m) => m.dataset.entityId))]);
  assert.deepEqual(selected, [id]);
  // The theme switch is a plain select: arrow keys change it.
  await page.locator('#theme').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  // The results are announced: the status line is a polite live region.
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  assert.equal(await page.getAttribute('#status', 'aria-live'), 'polite');
});

test('entity types differ by line style, not only by colour', { timeout: 60_000 }, async () => {
  const styles = await page.$$eval('#legend .swatch[data-legend-type]', (els) => els.map((el) => {
    const s = getComputedStyle(el);
    return `${s.borderBottomStyle} top:${s.borderTopWidth} ${s.borderTopStyle} side:${s.borderLeftWidth}`;
  }));
  assert.equal(styles.length, 9);
  assert.equal(new Set(styles).size, 9, `nine distinct line styles: ${styles.join(' | ')}`);
  const events = await page.$$eval('#legend .event-swatch', (els) => els.map((el) => `${getComputedStyle(el).borderLeftStyle}`));
  assert.ok(new Set(events).size >= 4, `event types use several border styles: ${events}`);
});
