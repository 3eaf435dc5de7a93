// The <concession-analyzer> element embedded by a page on another origin: the host page is
// served on one port (A) and loads the element's one script from the site on another port
// (B), which sends CORS headers, as a CDN would. The host has a strict CSP of its own that
// allows only itself and B. Checks input (content, attribute, property), views, themes,
// the `analyzed` event, data-* attributes, theming from outside (custom properties and
// ::part()), where its requests go, and axe-core on the host page with the element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startStaticServer } from '../support/static-server.mjs';
import { SITE_DIR } from '../support/paths.mjs';
import { artifactPath, axeViolations, closeClean, launchBrowser, openPage } from '../support/browser.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = `Kenyan nurses suspend strike as governors agree to pay deal
NAIROBI — Nurses in Kenya's public hospitals will return to work on Monday after their union signed a deal with the Council of Governors that promises Sh12 billion in unpaid allowances over the next 18 months.
The governors rejected the union's demand for immediate payment, but agreed to pay the arrears in three instalments. Vladimir Putin was not involved.`;
const ATTRIBUTE_TEXT = 'Germany agreed to a proposal from France. Russia rejected it.';
const PROPERTY_TEXT = 'The United States proposed a 30-day ceasefire, and Ukraine accepted it on Tuesday.';

let site; // origin B: the element's files, with CORS
let host; // origin A: the embedding page
let hostDir;
let browser;

function hostPage(siteUrl) {
  const indented = ARTICLE.split('\n').map((line) => `      ${line}`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A news site embedding the analyzer</title>
  <link rel="icon" href="favicon.svg">
  <link rel="stylesheet" href="host.css">
  <script type="module" src="${siteUrl}concession-analyzer.js"></script>
</head>
<body>
  <main>
    <h1>Embedded analyzer</h1>
    <concession-analyzer id="from-content" view="full" theme="light">
${indented}
    </concession-analyzer>
    <concession-analyzer id="from-attribute" view="highlight" theme="dark" text="${ATTRIBUTE_TEXT}"></concession-analyzer>
    <concession-analyzer id="from-property" view="summary"></concession-analyzer>
  </main>
</body>
</html>
`;
}

// The host themes the first element from outside its shadow root.
const HOST_CSS = `
#from-content { --ca-person: rgb(200, 0, 120); --ca-rejection: rgb(0, 90, 200); }
#from-content::part(headline) { text-decoration: underline; }
#from-content::part(mention-gpe) { font-style: italic; }
`;

before(async () => {
  site = await startStaticServer({ root: SITE_DIR, headers: { 'access-control-allow-origin': '*' } });
  hostDir = mkdtempSync(join(tmpdir(), 'concessions-host-'));
  writeFileSync(join(hostDir, 'index.html'), hostPage(site.url));
  writeFileSync(join(hostDir, 'host.css'), HOST_CSS);
  writeFileSync(join(hostDir, 'favicon.svg'), readFileSync(join(SITE_DIR, 'favicon.svg')));
  const origin = site.url.replace(/\/$/, '');
  host = await startStaticServer({
    root: hostDir,
    headers: { 'content-security-policy': `default-src 'self' ${origin}; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}` },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

// Opens the host page, recording every `analyzed` event as {id, detail}.
async function openHost(target = browser) {
  const { page, record } = await openPage(target, null);
  await page.addInitScript(() => {
    window.__analyzed = [];
    document.addEventListener('analyzed', (e) => window.__analyzed.push({ id: e.target.id, detail: e.detail }));
  });
  await page.goto(host.url);
  return { page, record };
}

const analyzedFor = (page, id) => page.waitForFunction((el) => window.__analyzed.find((a) => a.id === el)?.detail, id, { timeout: 60_000 }).then((h) => h.jsonValue());

test('the element works on another origin, from one script tag', { timeout: 120_000 }, async () => {
  const { page, record } = await openHost();
  const fromContent = await analyzedFor(page, 'from-content');
  const fromAttribute = await analyzedFor(page, 'from-attribute');

  // Input from the text content, without the markup's indentation.
  assert.equal(fromContent.format, 'concessions.analysis/1');
  assert.equal(fromContent.length, ARTICLE.length);
  assert.ok(fromContent.events.length > 0, 'events found');
  // Input from the attribute.
  assert.equal(fromAttribute.length, ATTRIBUTE_TEXT.length);
  assert.ok(fromAttribute.entities.some((e) => e.name === 'France' && e.type === 'GPE'));
  // Input from the property: setting it analyzes again.
  await page.evaluate((text) => {
    document.getElementById('from-property').text = text;
  }, PROPERTY_TEXT);
  const fromProperty = await analyzedFor(page, 'from-property');
  assert.equal(fromProperty.length, PROPERTY_TEXT.length);
  assert.equal(await page.evaluate(() => document.getElementById('from-property').analysis.length), PROPERTY_TEXT.length);

  // Marks in the shadow DOM keep their data attributes; the text is the input, unchanged.
  const shadow = await page.evaluate(() => {
    const root = document.getElementById('from-content').shadowRoot;
    return {
      text: root.querySelector('.text-view').textContent,
      marks: [...root.querySelectorAll('mark[data-entity-type]')].map((m) => [m.dataset.entityType, m.textContent]),
      events: [...root.querySelectorAll('[data-event-type][data-event-id]')].map((e) => e.dataset.eventType),
    };
  });
  assert.equal(shadow.text.length, ARTICLE.length);
  assert.ok(shadow.marks.some(([type, text]) => type === 'PERSON' && text === 'Vladimir Putin'), 'PERSON mark');
  assert.ok(shadow.marks.some(([type]) => type === 'GPE'), 'GPE mark');
  assert.equal(shadow.events.length, fromContent.events.length, 'one card per event, with data-event-type');

  // Theming from outside: a custom property per type, and ::part().
  const styles = await page.evaluate(() => {
    const root = document.getElementById('from-content').shadowRoot;
    const person = root.querySelector('mark[data-entity-type="PERSON"]');
    const gpe = root.querySelector('mark[data-entity-type="GPE"]');
    const headline = root.querySelector('[part~="headline"]');
    const rejection = root.querySelector('.event[data-event-type="REJECTION"]');
    return {
      person: getComputedStyle(person).borderBottomColor,
      rejection: rejection ? getComputedStyle(rejection).borderLeftColor : null,
      gpe: getComputedStyle(gpe).fontStyle,
      headline: headline ? getComputedStyle(headline).textDecorationLine : null,
    };
  });
  assert.equal(styles.person, 'rgb(200, 0, 120)', '--ca-person from the host page');
  assert.equal(styles.rejection, 'rgb(0, 90, 200)', '--ca-rejection from the host page');
  assert.equal(styles.gpe, 'italic', '::part(mention-gpe) from the host page');
  assert.equal(styles.headline, 'underline', '::part(headline) from the host page');

  // Views and themes.
  const looks = await page.evaluate(() => Object.fromEntries(['from-content', 'from-attribute', 'from-property'].map((id) => {
    const el = document.getElementById(id);
    const shown = (part) => getComputedStyle(el.shadowRoot.querySelector(`[part~="${part}"]`)).display !== 'none';
    return [id, { summary: shown('summary'), text: shown('highlight'), events: shown('events'), bg: getComputedStyle(el).backgroundColor }];
  })));
  assert.deepEqual([looks['from-content'].summary, looks['from-content'].text, looks['from-content'].events], [true, true, true], 'full');
  assert.deepEqual([looks['from-attribute'].summary, looks['from-attribute'].text, looks['from-attribute'].events], [false, true, false], 'highlight');
  assert.deepEqual([looks['from-property'].summary, looks['from-property'].text, looks['from-property'].events], [true, false, false], 'summary');
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((n, c) => n + Number(c), 0) / 3;
  assert.ok(luminance(looks['from-content'].bg) > 200, `light theme: ${looks['from-content'].bg}`);
  assert.ok(luminance(looks['from-attribute'].bg) < 60, `dark theme: ${looks['from-attribute'].bg}`);

  // Its files (and the .wasm) came from B, across origins; no Worker (B's script cannot
  // start one on A), so the analysis ran on A's main thread.
  assert.ok(record.requests.some((url) => url === `${site.url}concessions_core.wasm`), 'the .wasm from the element\'s origin');
  assert.ok(record.requests.some((url) => url === `${site.url}highlight.css`), 'its stylesheet from its origin');
  assert.equal(page.workers().length, 0);

  await page.locator('#from-content').screenshot({ path: artifactPath('element-light.png') });
  await page.locator('#from-attribute').screenshot({ path: artifactPath('element-dark.png') });
  await closeClean(page, record, [host.url, site.url]);
});

test('clicking in the element selects events and entities, by keyboard too', { timeout: 120_000 }, async () => {
  const { page, record } = await openHost();
  await analyzedFor(page, 'from-content');
  const element = page.locator('#from-content');
  await element.locator('.event-jump').first().focus(); // Playwright locators pierce open shadow roots
  await page.keyboard.press('Enter');
  await element.locator('.sentence.is-evidence').first().waitFor();
  await element.locator('.entity-item').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await element.locator('.entity-item').first().getAttribute('aria-pressed'), 'true');
  assert.ok(await element.locator('mark.is-selected').count() > 0);
  await closeClean(page, record, [host.url, site.url]);
});

test('axe-core finds no violations in the element (light and dark)', { timeout: 120_000 }, async () => {
  // addScriptTag puts axe in as an inline script: this context lets it past the host's CSP.
  const context = await browser.newContext({ bypassCSP: true });
  const { page, record } = await openHost(context);
  await analyzedFor(page, 'from-content');
  await analyzedFor(page, 'from-attribute');
  assert.deepEqual(await axeViolations(page, AXE_SOURCE), []);
  await closeClean(page, record, [host.url, site.url]);
  await context.close();
});
