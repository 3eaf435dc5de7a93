// concessions-standalone.html opened straight from disk (file://), as after a double-click:
// one file with everything inside, no server, no Worker (file:// cannot start one), the
// analysis on the page's main thread. Its example, typing, a link's fragment and the
// exports work; nothing is requested but the file itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ROOT_DIR, SITE_DIR } from '../support/paths.mjs';
import { closeClean, launchBrowser, openPage, waitForFound } from '../support/browser.mjs';

const FILE = `${SITE_DIR}/concessions-standalone.html`;
const URL_ = pathToFileURL(FILE).href;
const SEED = readFileSync(`${ROOT_DIR}web/examples/seed.txt`, 'utf8');

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('the standalone file is self-contained', () => {
  const html = readFileSync(FILE, 'utf8');
  assert.equal((html.match(/<script\b/g) ?? []).length, 1, 'one script element');
  assert.match(html, /<script type="module">\n/, 'inline');
  assert.doesNotMatch(html, /<script[^>]+src=/, 'no script file');
  assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/, 'no stylesheet file');
  assert.ok((html.match(/<style>/g) ?? []).length >= 3, 'styles inline');
  assert.match(html, /data:application\/octet-stream;base64,AGFzbQ/, 'the .wasm embedded');
  assert.doesNotMatch(html, /import\s*\{[^}]*\}\s*from\s*'\.\//, 'no module imports left');
});

test('opened from file://, it analyzes on the main thread', { timeout: 120_000 }, async () => {
  const { page, record } = await openPage(browser, URL_);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  assert.match(await page.textContent('#status'), /runs on this page/);
  await page.getByRole('button', { name: 'Try an example' }).click();
  const status = await waitForFound(page);
  assert.equal(await page.inputValue('#article'), SEED, 'the example is carried in the file');
  assert.ok(await page.locator('mark[data-entity-type="PERSON"]').count() > 0);
  assert.ok(await page.locator('.event[data-event-type]').count() > 0);
  assert.equal(page.workers().length, 0, 'no Worker from file://');

  // Typing updates the view.
  await page.locator('#article').fill('Germany agreed to a proposal from France.');
  await page.waitForFunction(() => document.getElementById('text-view').textContent === 'Germany agreed to a proposal from France.');
  // The text is drawn before the lists and the status: wait for the new status.
  await page.waitForFunction((old) => {
    const now = document.getElementById('status').textContent;
    return now !== old && /^Found \d+/.test(now);
  }, status);
  assert.ok(await page.locator('mark[data-entity-type="GPE"]').count() >= 2);
  await closeClean(page, record, [URL_]);
});

test('from file://, a link with the text in its fragment reproduces the view', { timeout: 120_000 }, async () => {
  const text = 'Ukraine rejected the ceasefire that Russia proposed.';
  const { page, record } = await openPage(browser, `${URL_}#text=${encodeURIComponent(text)}`);
  await waitForFound(page);
  assert.equal(await page.textContent('#text-view'), text);
  await closeClean(page, record, [URL_]);
});
