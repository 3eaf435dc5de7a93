// The page in headless Chromium (Debian's /usr/bin/chromium through playwright-core), served
// from a local origin under the site's Content-Security-Policy:
//  - navigation to first result: a fresh browser context (empty cache) opens index.html; as soon
//    as the DOM is parsed (DOMContentLoaded, the earliest a person could click) the page's own
//    "Try an example" button is clicked; the time is performance.now() (that is, since
//    navigation start) when the first highlighted mark (#text-view mark[data-entity-type]) is
//    in the document, and at the next animation frame (about when it is painted); "ready" is
//    when the analyzer had loaded: the page's "concessions:analyzer-ready" User Timing mark
//    (the status line never says "Ready" once the example is under way), else that line;
//  - a click on the example once the page is ready (its "concessions:analyzer-ready" mark, then
//    half a second): the time to the first highlighted mark, what a person who reads the page
//    before clicking waits for;
//  - the longest main-thread task while a 5 MB text is pasted (a real paste: the text is put
//    on the clipboard, then Control+V in the textarea; the page's own paste handler, analysis
//    and rendering follow), from PerformanceObserver 'longtask', reported apart for the paste
//    event's own task (where a synchronous clipboard read would show) and for the tasks after
//    it, with the page's own longest step (its "concessions:*" User Timing measures, web/
//    timing.js) and how the page read the clipboard (at once or later). (Playwright's
//    keyboard.insertText is not used: Chromium's insert-text path is itself quadratic, 13 s
//    for 300 KB, and would measure the browser rather than the page.)
//  - the files index.html loads (for the size table).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
};

// A minimal static server for the site directory (GET only, no caching headers beyond no-cache).
async function serve(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path = resolve(join(base, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (path !== base && !path.startsWith(base + sep)) path = null;
    if (path && (await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
    const body = path ? await readFile(path).catch(() => null) : null;
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream', 'content-length': body.length,
      'cache-control': 'no-cache', 'content-security-policy': CSP });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

// Runs in the page before its own scripts.
function firstResultProbe() {
  window.__bench = {};
  const mark = () => document.querySelector('#text-view mark[data-entity-type]');
  new MutationObserver((_, observer) => {
    if (!window.__bench.ready && /^Ready/.test(document.getElementById('status')?.textContent ?? '')) window.__bench.ready = performance.now();
    if (mark()) {
      window.__bench.firstMark = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => { window.__bench.firstFrame = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => {
    window.__bench.domContentLoaded = performance.now();
    document.getElementById('example').click();
  });
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? null : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/**
 * Measures the site in siteDir. Resolves to
 * {navigation: {runs, median_ms, frame_median_ms, ready_median_ms, dcl_median_ms, all}, paste: {...}, loaded: [{path, bytes}]}
 */
export async function measureBrowser({ siteDir, pasteFile, navigations = 15, pasteTimeoutMs = 600_000, log = () => {} }) {
  const { chromium } = await import('playwright-core');
  const server = await serve(siteDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const out = { chromium: browser.version() };
  try {
    // Navigation to first result, each in a new context (nothing cached). The first one also
    // lists what the page loads.
    const runs = [];
    let loaded = null;
    for (let i = 0; i < navigations; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      const requests = [];
      context.on('requestfinished', (r) => requests.push(new URL(r.url()).pathname)); // the page's and its workers'
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(firstResultProbe);
      await page.goto(server.url);
      await page.waitForFunction(() => window.__bench.firstFrame, null, { timeout: 60_000 });
      const r = await page.evaluate(() => ({
        ...window.__bench,
        ready: performance.getEntriesByName('concessions:analyzer-ready', 'mark')[0]?.startTime ?? window.__bench.ready,
      }));
      runs.push(r);
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      if (!loaded) loaded = requests;
      await context.close();
    }
    out.navigation = {
      runs: runs.length,
      median_ms: median(runs.map((r) => r.firstMark)),
      frame_median_ms: median(runs.map((r) => r.firstFrame)),
      ready_median_ms: median(runs.map((r) => r.ready)),
      dcl_median_ms: median(runs.map((r) => r.domContentLoaded)),
      min_ms: Math.min(...runs.map((r) => r.firstMark)),
      all: runs,
    };
    out.loaded = loaded;
    log(`  navigation to first result: median ${out.navigation.median_ms.toFixed(1)} ms over ${runs.length}`);

    // A click once the page is ready: what a person who reads the page first waits for.
    const clicks = [];
    for (let i = 0; i < Math.max(3, Math.ceil(navigations / 2)); i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('concessions:analyzer-ready', 'mark').length > 0, null, { timeout: 60_000 });
      await page.waitForTimeout(500); // the browser's own work after load settles
      clicks.push(await page.evaluate(() => new Promise((done) => {
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (!document.querySelector('#text-view mark[data-entity-type]')) return;
          observer.disconnect();
          done(performance.now() - start);
        }).observe(document, { childList: true, subtree: true });
        document.getElementById('example').click();
      })));
      await context.close();
    }
    out.readyClick = { runs: clicks.length, median_ms: median(clicks), all: clicks };
    log(`  click on the example once ready → first mark: median ${out.readyClick.median_ms.toFixed(1)} ms over ${clicks.length}`);

    // The 5 MB paste.
    if (pasteFile) await measurePaste(browser, server, pasteFile, pasteTimeoutMs, out, log).catch((err) => {
      out.paste = { error: err.message };
      log(`  paste: ${err.message}`);
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

async function measurePaste(browser, server, pasteFile, pasteTimeoutMs, out, log) {
  const text = await readFile(pasteFile, 'utf8');
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  page.setDefaultTimeout(pasteTimeoutMs);
  await page.goto(server.url);
  await page.waitForFunction(() => /^Ready/.test(document.getElementById('status').textContent));
  await page.focus('#article');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(() => {
    window.__tasks = [];
    window.__pasted = null; // when the paste event began (a capturing listener runs before the page's)
    window.addEventListener('paste', () => { window.__pasted ??= performance.now(); }, true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    window.__done = null;
    new MutationObserver(() => {
      if (!window.__done && /^(Found|Could not)/.test(document.getElementById('status').textContent)) {
        window.__done = performance.now();
        requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }, 0));
      }
    }).observe(document.getElementById('status'), { childList: true, subtree: true, characterData: true });
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+V');
  try {
    await page.waitForFunction(() => window.__painted, null, { timeout: pasteTimeoutMs, polling: 250 });
  } catch {
    out.paste = { bytes: Buffer.byteLength(text), timed_out_after_ms: pasteTimeoutMs };
    log(`  paste: no result after ${pasteTimeoutMs / 1000} s`);
    return; // the browser is closed by the caller, whatever the page is doing
  }
  // (A page may keep a long paste out of the textarea, so its length is only recorded.)
  const inTextarea = await page.evaluate(() => document.getElementById('article').value.length);
  await page.waitForTimeout(1000); // let the last long task be reported
  const r = await page.evaluate(() => ({ tasks: window.__tasks, done: window.__done, painted: window.__painted,
    pasted: window.__pasted, status: document.getElementById('status').textContent, marks: document.querySelectorAll('#text-view mark').length,
    measures: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('concessions:'))
      .map((m) => ({ name: m.name.slice('concessions:'.length), start: m.startTime, duration: m.duration, detail: m.detail })) }));
  const longest = r.tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  // The paste event's task is the one running when the paste event began; the rest come after.
  const inPasteTask = (t) => r.pasted !== null && t.start <= r.pasted && r.pasted <= t.start + t.duration;
  const pasteTask = r.tasks.find(inPasteTask);
  const later = r.tasks.filter((t) => !inPasteTask(t));
  const own = r.measures.filter((m) => r.pasted === null || m.start >= r.pasted);
  const ownLongest = own.reduce((a, m) => (a && a.duration >= m.duration ? a : m), null);
  const handler = r.measures.find((m) => m.name === 'paste');
  const read = r.measures.find((m) => m.name === 'paste-read');
  out.paste = {
    bytes: Buffer.byteLength(text), longest_task_ms: longest, long_tasks: r.tasks.length,
    long_tasks_total_ms: r.tasks.reduce((s, t) => s + t.duration, 0), paste_to_result_ms: r.painted - t0,
    // Under 50 ms a task is not reported as long: 0 means no long task.
    paste_event_task_ms: pasteTask?.duration ?? 0,
    longest_later_task_ms: later.reduce((m, t) => Math.max(m, t.duration), 0),
    clipboard_read: handler?.detail?.read ?? null, // 'later' (readText) or 'now' (getData)
    clipboard_read_sync_ms: read?.duration ?? null,
    paste_handler_ms: handler?.duration ?? null,
    own_longest_step: ownLongest && { name: ownLongest.name, ms: ownLongest.duration }, own_steps: own.length,
    status: r.status, marks: r.marks, textarea_chars: inTextarea,
  };
  if (!/^Found/.test(r.status)) out.paste.error = `the page says: ${r.status}`;
  log(`  ${(text.length / 1048576).toFixed(1)} MB paste: the paste event's task ${pasteTask ? `${pasteTask.duration.toFixed(0)} ms` : 'not long (< 50 ms)'}`
    + ` (clipboard read ${out.paste.clipboard_read ?? '?'}${read ? `, getData ${read.duration.toFixed(0)} ms` : ''}); longest later task`
    + ` ${out.paste.longest_later_task_ms.toFixed(0)} ms; longest own step ${ownLongest ? `${ownLongest.name} ${ownLongest.duration.toFixed(0)} ms` : '-'}`);
  await context.close();
}
