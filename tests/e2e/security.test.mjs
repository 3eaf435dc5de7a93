// Security of the served site: pasted or loaded text never becomes markup, every page runs
// under the strict Content-Security-Policy without a violation, nothing is requested from
// another origin, and the files themselves hold no inline code or styles (the standalone
// file is the one documented exception) and no HTML-parsing DOM calls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SITE_CSP, startStaticServer } from '../support/static-server.mjs';
import { ROOT_DIR, SITE_DIR } from '../support/paths.mjs';
import { closeClean, launchBrowser, openPage, waitForFound } from '../support/browser.mjs';

const PAYLOAD = 'Ukraine said <img src=x onerror="window.__xss=1"> and <script>window.__xss=2</script> '
  + '<b>bold</b> &amp; <a href="javascript:window.__xss=3">x</a> <svg onload="window.__xss=4"></svg> '
  + '<iframe srcdoc="<script>parent.__xss=5</script>"></iframe> Russia rejected it.';
const STANDALONE = 'concessions-standalone.html';

let server;
let browser;

before(async () => {
  server = await startStaticServer({ root: SITE_DIR, headers: { 'content-security-policy': SITE_CSP } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// The elements the text view may hold: what text-view.js draws.
const TEXT_VIEW_TAGS = /^(DIV|SPAN|MARK)$/;

test('pasted markup is shown as text and never runs', { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, record } = await openPage(context, server.url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  const before = await page.evaluate(() => document.querySelectorAll('*').length);
  // A real paste, through the clipboard.
  await page.evaluate((text) => navigator.clipboard.writeText(text), PAYLOAD);
  await page.locator('#article').focus();
  await page.keyboard.press('Control+V');
  await waitForFound(page);
  await page.waitForTimeout(300); // give a stray handler time to fire
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'nothing ran');
  assert.equal(await page.inputValue('#article'), PAYLOAD);
  assert.equal(await page.textContent('#text-view'), PAYLOAD, 'the text view shows the text as text');
  assert.deepEqual(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src'))), ['worker-start.js', 'app.bundle.js'], 'only the page\'s own scripts');
  assert.equal(await page.locator('img, iframe, svg, #results b, #results a').count(), 0, 'no element made from the text');
  const tags = await page.$$eval('#text-view *', (els) => [...new Set(els.map((e) => e.tagName))]);
  for (const tag of tags) assert.match(tag, TEXT_VIEW_TAGS);
  // The evidence quotes in the event cards are text too (with the trigger in <strong>).
  const quoteTags = await page.$$eval('.evidence *', (els) => [...new Set(els.map((e) => e.tagName))]);
  for (const tag of quoteTags) assert.equal(tag, 'STRONG');
  assert.ok(await page.evaluate(() => document.querySelectorAll('*').length) > before);
  await closeClean(page, record, [server.url]);
  await context.close();
});

test('markup typed into the element\'s text stays text', { timeout: 60_000 }, async () => {
  const { page, record } = await openPage(browser, `${server.url}embed.html`);
  await page.evaluate((text) => {
    document.getElementById('demo-element').text = text;
  }, PAYLOAD);
  await page.waitForFunction((text) => document.getElementById('demo-element').analysis?.length === text.length, PAYLOAD);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  const view = await page.evaluate(() => {
    const root = document.getElementById('demo-element').shadowRoot;
    return { text: root.querySelector('.text-view').textContent, tags: [...new Set([...root.querySelectorAll('.text-view *')].map((e) => e.tagName))] };
  });
  assert.equal(view.text, PAYLOAD);
  for (const tag of view.tags) assert.match(tag, TEXT_VIEW_TAGS);
  await closeClean(page, record, [server.url]);
});

test('every page runs under the strict CSP, without a violation or a foreign request', { timeout: 120_000 }, async () => {
  for (const path of ['', 'index.html', 'embed.html']) {
    const { page, record } = await openPage(browser, `${server.url}${path}`);
    if (path === 'embed.html') {
      // The element, the JS API and the iframe of the app, all three at work.
      await page.waitForFunction(() => document.getElementById('demo-element').analysis !== null);
      await page.getByRole('button', { name: 'Analyze with the API' }).click();
      await page.waitForFunction(() => document.getElementById('api-output').textContent.includes('"headline"'));
      const frame = page.frameLocator('#demo-iframe');
      await frame.locator('mark[data-entity-type]').first().waitFor();
      assert.match(await frame.locator('#status').textContent(), /^Found/);
    } else {
      await page.getByRole('button', { name: 'Try an example' }).click();
      await waitForFound(page);
      await page.locator('.event-jump').first().click();
      await page.locator('#show-labels').check();
      await page.locator('#theme').selectOption('dark');
    }
    await closeClean(page, record, [server.url]);
  }
});

test('the served files hold no inline code or styles, and the code builds no markup', () => {
  const files = readdirSync(SITE_DIR);
  for (const name of files.filter((f) => f.endsWith('.html') && f !== STANDALONE)) {
    const html = readFileSync(`${SITE_DIR}/${name}`, 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${name}: every script has a src`);
    assert.doesNotMatch(html, /<style\b/, `${name}: no <style>`);
    assert.doesNotMatch(html, /\sstyle=/, `${name}: no style attributes`);
    assert.doesNotMatch(html, /\son[a-z]+=/, `${name}: no event handler attributes`);
    assert.doesNotMatch(html, /<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//, `${name}: nothing loaded from elsewhere`);
  }
  // Our modules (not the Emscripten glue): no HTML parsing into the page, no eval.
  for (const name of readdirSync(`${ROOT_DIR}web`).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`${ROOT_DIR}web/${name}`, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\b|setAttribute\('style'/, `${name}: builds no markup`);
    assert.doesNotMatch(code, /['"`]https?:\/\//, `${name}: names no other origin`);
  }
  for (const name of files.filter((f) => f.endsWith('.css'))) {
    assert.doesNotMatch(readFileSync(`${SITE_DIR}/${name}`, 'utf8'), /@import|url\(\s*['"]?(https?:)?\/\//, `${name}: loads nothing from elsewhere`);
  }
});
