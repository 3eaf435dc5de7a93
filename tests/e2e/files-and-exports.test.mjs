// Getting text in (file picker, drag-and-drop, a link's fragment) and results out (JSON
// and CSV downloads, the summary as Markdown on the clipboard, a link to the text), on the
// served site under its CSP. The JSON download must be the analysis the JS API returns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SITE_CSP, startStaticServer } from '../support/static-server.mjs';
import { ROOT_DIR, SITE_DIR, SITE_URL } from '../support/paths.mjs';
import { closeClean, launchBrowser, openPage, waitForFound } from '../support/browser.mjs';

const { createAnalyzer } = await import(new URL('concessions.js', SITE_URL).href);
const analyzer = await createAnalyzer();
const SEED = readFileSync(`${ROOT_DIR}web/examples/seed.txt`, 'utf8');

const ARTICLE_HTML = `<!doctype html><html><head><title>News</title>
<script>window.__xss = 'script';</script><style>p { color: red }</style></head>
<body onload="window.__xss = 'body'"><nav>Home | World | Business</nav>
<article><h1 style="color: red" title='a > b'>Nurses end strike</h1><p hidden>Hidden teaser</p>
<p>Kenyan nurses <b>suspended</b> their strike after the Council of Governors agreed to pay Sh12 billion.</p>
<img src="x" onerror="window.__xss = 'img'"><p>The union dropped its demand<br>for a new salary scale.</p>
<iframe src="https://example.com/ad"></iframe></article>
<footer>© The Paper</footer></body></html>`;
const ARTICLE_TEXT = 'Nurses end strike\n\nKenyan nurses suspended their strike after the Council of Governors agreed to pay Sh12 billion.\n\nThe union dropped its demand\nfor a new salary scale.';

let server;
let browser;
let context;

before(async () => {
  server = await startStaticServer({ root: SITE_DIR, headers: { 'content-security-policy': SITE_CSP } });
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function withPage(url, body, options) {
  const { page, record } = await openPage(context, url);
  try {
    await body(page, record);
  } finally {
    await closeClean(page, record, [server.url], options);
  }
}


async function downloadOf(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('exports: JSON and CSV downloads, Markdown on the clipboard', { timeout: 60_000 }, async () => {
  await withPage(server.url, async (page) => {
    await page.getByRole('button', { name: 'Try an example' }).click();
    await waitForFound(page);
    const expected = analyzer.analyze(SEED);

    const json = await downloadOf(page, 'Download the analysis (JSON)');
    assert.equal(json.name, 'analysis.json');
    assert.deepEqual(JSON.parse(json.text), expected, 'the download is the analysis');

    const csv = await downloadOf(page, 'Download the entities (CSV)');
    assert.equal(csv.name, 'entities.csv');
    assert.ok(csv.text.startsWith('\uFEFFid,type,name,role,affiliation,affiliation_name,mentions,first_start,first_end\r\n'));
    const rows = csv.text.slice(1).trimEnd().split('\r\n');
    assert.equal(rows.length, expected.entities.length + 1, 'one row per entity');
    const putin = expected.entities.find((e) => e.name === 'Vladimir Putin');
    assert.ok(rows.some((r) => r.startsWith(`${putin.id},PERSON,Vladimir Putin,`) && r.includes(`,${putin.mentions.length},`)), 'a row for Putin with his mention count');

    await page.getByRole('button', { name: 'Copy the summary (Markdown)' }).click();
    await page.waitForFunction(() => /copied as Markdown/.test(document.getElementById('status').textContent));
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(markdown.startsWith('# Summary\n'));
    assert.ok(markdown.includes(expected.summary.headline.replace(/[\\`*_[\]<>|#~]/g, '\\$&')), 'the headline');
    assert.ok(markdown.includes('| Actor | Offered | Proposed | Agreed | Demanded | Rejected |'), 'the table of moves');
    for (const point of expected.summary.points) assert.ok(markdown.includes(`(${point.events.join(', ')})`), `point ${point.events}`);
  });
});

test('a link carries the text: copied, opened, same view', { timeout: 60_000 }, async () => {
  let link;
  let marks;
  await withPage(server.url, async (page) => {
    await page.getByRole('button', { name: 'Try an example' }).click();
    await waitForFound(page);
    marks = await page.locator('mark[data-entity-type]').count();
    await page.getByRole('button', { name: 'Copy a link to this text' }).click();
    await page.waitForFunction(() => /link to this text was copied/.test(document.getElementById('status').textContent));
    link = await page.evaluate(() => navigator.clipboard.readText());
  });
  assert.match(link, /#z=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < SEED.length, `compressed (${link.length} characters for ${SEED.length})`);
  await withPage(link, async (page) => {
    await waitForFound(page);
    assert.equal(await page.inputValue('#article'), SEED);
    assert.equal(await page.locator('mark[data-entity-type]').count(), marks);
  });
  // A hand-made link: #text= with percent-encoding; markup in it stays text.
  await withPage(`${server.url}#text=${encodeURIComponent('<img src=x onerror="window.__xss=1"> Russia rejected the plan.')}`, async (page) => {
    await waitForFound(page);
    assert.equal(await page.textContent('#text-view'), '<img src=x onerror="window.__xss=1"> Russia rejected the plan.');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });
});

test('an HTML file from the picker is reduced to its article text, and nothing in it runs', { timeout: 60_000 }, async () => {
  await withPage(server.url, async (page, record) => {
    await page.locator('#file').setInputFiles({ name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(ARTICLE_HTML) });
    await waitForFound(page);
    assert.equal(await page.inputValue('#article'), ARTICLE_TEXT);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'no script or handler ran');
    assert.ok(!record.requests.some((url) => url.endsWith('/x') || url.includes('example.com')), 'nothing the file names was fetched');
    assert.equal(await page.locator('#results img, #results script, #results iframe, #results b').count(), 0);
  });
});

test('files dropped on the page: Markdown unmarked, other types refused', { timeout: 60_000 }, async () => {
  await withPage(server.url, async (page) => {
    const drop = (name, type, content) => page.evaluate(([n, t, c]) => {
      const data = new DataTransfer();
      data.items.add(new File([c], n, { type: t }));
      const fire = (kind, target) => target.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
      fire('dragenter', document.getElementById('article'));
      const highlighted = document.getElementById('input-panel').classList.contains('is-drop-target');
      fire('dragover', document.getElementById('article'));
      fire('drop', document.getElementById('article'));
      return highlighted;
    }, [name, type, content]);
    const highlighted = await drop('notes.md', 'text/markdown', '# Talks\n\n**Ukraine** rejected the [plan](https://example.com) from _Russia_.\n');
    assert.equal(highlighted, true, 'the drop target is shown while dragging');
    await waitForFound(page);
    assert.equal(await page.inputValue('#article'), 'Talks\n\nUkraine rejected the plan from Russia.');
    assert.equal(await page.evaluate(() => document.getElementById('input-panel').classList.contains('is-drop-target')), false);
    await drop('photo.png', 'image/png', 'not text');
    await page.waitForFunction(() => /Could not open the file: photo.png is not/.test(document.getElementById('status').textContent));
  });
});
