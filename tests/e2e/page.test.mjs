// End to end: the built site (build/site) in headless Chromium, served from a local origin
// under the site's Content-Security-Policy. Checks what a person sees (highlights, the
// concessions panel, evidence marking), keyboard use, that pasted markup stays text,
// that nothing leaves the origin, and that the JS API runs in a module Worker.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { SITE_CSP, startStaticServer } from '../support/static-server.mjs';
import { ROOT_DIR, SITE_DIR } from '../support/paths.mjs';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = `${ROOT_DIR}test-results`;
const FOUND = /^Found \d+ entit(y|ies) and \d+ events?\./;

let server;
let browser;
let page;
let seen; // per page: requests, console errors, page errors, CSP violations

before(async () => {
  server = await startStaticServer({ root: SITE_DIR, headers: { 'content-security-policy': SITE_CSP } });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(url, options = {}) {
  // Reduced motion: scrolling is instant, so what the tests see (and screenshot) is settled.
  const p = await browser.newPage({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce', ...options });
  p.setDefaultTimeout(15_000);
  const record = { requests: [], errors: [], violations: [] };
  p.on('request', (r) => record.requests.push(r.url()));
  p.on('console', (m) => { if (m.type() === 'error') record.errors.push(m.text()); });
  p.on('pageerror', (e) => record.errors.push(e.message));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await p.goto(url);
  return { p, record };
}

beforeEach(async () => {
  ({ p: page, record: seen } = await openPage(server.url));
});

afterEach(async () => {
  seen.violations = await page.evaluate(() => window.__violations);
  await page.close();
  const foreign = seen.requests.filter((url) => !url.startsWith(server.url));
  assert.deepEqual(foreign, [], 'every request stays on the site origin');
  assert.deepEqual(seen.errors, [], 'no console errors');
  assert.deepEqual(seen.violations, [], 'no Content-Security-Policy violations');
});

// Every highlighted mention as {type, id, text}.
const marks = () => page.$$eval('mark[data-entity-type]', (els) => els.map((m) => ({ type: m.dataset.entityType, id: m.dataset.entityId, text: m.textContent, title: m.title })));

test('the example is highlighted and its concessions listed', { timeout: 60_000 }, async () => {
  await page.getByRole('button', { name: 'Try an example' }).click();
  await page.waitForSelector('#text-view mark[data-entity-type]');
  assert.match(await page.textContent('#status'), FOUND);

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

  const events = await page.$$eval('[data-event-id]', (els) => els.map((e) => ({ id: e.dataset.eventId, type: e.dataset.eventType })));
  assert.ok(events.length > 0, 'events are listed');
  for (const e of events) assert.match(e.type, /^(OFFER|CONCESSION|PROPOSAL|AGREEMENT|DEMAND|REJECTION)$/);
  assert.ok(await page.locator('.actor-card').count() > 0, 'one card per actor');
  assert.ok(await page.locator('[data-group-type="PERSON"] .entity-item').count() > 0, 'entities grouped by type');

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

  // Artifacts: the top of the page with the first event selected, light and dark.
  await page.locator('.event-jump').first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/page.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${ARTIFACTS}/page-dark.png` });
});

test('typed text is analyzed after a pause, without pressing Analyze', { timeout: 60_000 }, async () => {
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await page.locator('#article').fill('Germany agreed to a proposal from France. Vladimir Putin rejected it.');
  await page.waitForSelector('mark[data-entity-type="GPE"]');
  const found = await marks();
  assert.ok(found.some((m) => m.type === 'GPE' && m.text === 'Germany'));
  assert.ok(found.some((m) => m.type === 'GPE' && m.text === 'France'));
  assert.match(await page.textContent('#status'), FOUND);
});

test('pasted markup is shown as text and never runs', { timeout: 60_000 }, async () => {
  const payload = 'Ukraine said <img src=x onerror=window.__xss=1> and <script>window.__xss=1</script> <b>bold</b> &amp; <a href="javascript:window.__xss=1">x</a>';
  await page.locator('#article').focus();
  await page.keyboard.insertText(payload); // what a paste does: an input event with the text
  await page.getByRole('button', { name: 'Analyze' }).click();
  await page.waitForFunction(() => /^Found/.test(document.getElementById('status').textContent));
  await page.waitForTimeout(300); // give a stray onerror handler time to fire
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.textContent('#text-view'), payload);
  // Only the page's own elements: one script, no img/a/b created from the text.
  assert.equal(await page.evaluate(() => document.scripts.length), 1);
  assert.equal(await page.locator('img, #results b, #results a').count(), 0);
  const tags = await page.$$eval('#text-view *', (els) => [...new Set(els.map((e) => e.tagName))]);
  for (const tag of tags) assert.match(tag, /^(SPAN|MARK)$/);
});

test('the page works from the keyboard', { timeout: 60_000 }, async () => {
  await page.locator('#article').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'analyze');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'example');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.event-jump');
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
});

test('createAnalyzer runs in a module Worker', { timeout: 60_000 }, async () => {
  // Blob workers are outside the site's CSP (worker-src 'self'), so this page is served
  // without it; the page itself never creates one.
  const plain = await startStaticServer({ root: SITE_DIR });
  try {
    const { p } = await openPage(`${plain.url}index.html`);
    const result = await p.evaluate(async (origin) => {
      const source = `
        import { createAnalyzer } from '${origin}concessions.js';
        const ready = createAnalyzer();
        self.onmessage = async (e) => self.postMessage((await ready).analyze(e.data));`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
      const reply = new Promise((resolve, reject) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message));
      });
      worker.postMessage('Vladimir Putin met Volodymyr Zelenskiy in Ukraine.');
      const analysis = await reply;
      worker.terminate();
      return analysis;
    }, plain.url);
    await p.close();
    assert.equal(result.format, 'concessions.analysis/1');
    assert.equal(result.length, 'Vladimir Putin met Volodymyr Zelenskiy in Ukraine.'.length);
  } finally {
    await plain.close();
  }
});
