// Accessibility: axe-core (npm) reports no violations on the page, light and dark, before
// and after an analysis, and on the embedding page with the element; screenshots of both
// themes are saved as test artifacts (test-results/page-light.png, page-dark.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SITE_CSP, startStaticServer } from '../support/static-server.mjs';
import { SITE_DIR } from '../support/paths.mjs';
import { artifactPath, axeViolations, closeClean, launchBrowser, openPage, waitForFound } from '../support/browser.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;
let context;

before(async () => {
  server = await startStaticServer({ root: SITE_DIR, headers: { 'content-security-policy': SITE_CSP } });
  browser = await launchBrowser();
  // addScriptTag puts axe in as an inline script: this context lets it past the site's CSP
  // (the CSP itself is tested in security.test.mjs).
  context = await browser.newContext({ bypassCSP: true });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

// The whole page in a window as tall as it: content-visibility: auto leaves what is out of
// the window unpainted, so a full-page screenshot of a short window would show blank cards.
async function screenshot(page, name) {
  const before = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: before.width, height: Math.min(height, 4000) });
  await page.waitForTimeout(200);
  await page.screenshot({ path: artifactPath(name) });
  await page.setViewportSize(before);
}

test('the page: no axe violations, light and dark; screenshots of both', { timeout: 120_000 }, async () => {
  const { page, record } = await openPage(context, server.url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  assert.deepEqual(await axeViolations(page, AXE_SOURCE), [], 'empty page');

  await page.getByRole('button', { name: 'Try an example' }).click();
  await waitForFound(page);
  await page.locator('.event-jump').first().click(); // an event selected: evidence marked
  await page.locator('.entity-item').first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.deepEqual(await axeViolations(page, AXE_SOURCE), [], 'light, with results');
  await screenshot(page, 'page-light.png');

  // Dark by the reader's preference ("like the system")…
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).colorScheme), 'light dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(21, 23, 26)', 'dark background');
  assert.deepEqual(await axeViolations(page, AXE_SOURCE), [], 'dark, with results');
  await screenshot(page, 'page-dark.png');
  // …and by the page's own switch, against the system's preference.
  await page.locator('#theme').selectOption('light');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(251, 251, 250)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#theme').selectOption('dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(21, 23, 26)');
  await page.locator('#show-labels').check(); // type labels drawn in the text
  assert.deepEqual(await axeViolations(page, AXE_SOURCE), [], 'dark by the switch, with labels');
  await closeClean(page, record, [server.url]);
});

test('the embedding page and its element: no axe violations', { timeout: 120_000 }, async () => {
  for (const scheme of ['light', 'dark']) {
    // A new context: no theme choice stored by the test before.
    const fresh = await browser.newContext({ bypassCSP: true });
    const { page, record } = await openPage(fresh, `${server.url}embed.html`, { colorScheme: scheme });
    await page.waitForFunction(() => document.getElementById('demo-element').analysis !== null);
    await page.getByRole('button', { name: 'Analyze with the API' }).click();
    await page.waitForFunction(() => document.getElementById('api-output').textContent.length > 0);
    await page.frameLocator('#demo-iframe').locator('mark[data-entity-type]').first().waitFor();
    assert.deepEqual(await axeViolations(page, AXE_SOURCE), [], scheme);
    await screenshot(page, `embed-${scheme}.png`);
    await closeClean(page, record, [server.url]);
    await fresh.close();
  }
});
