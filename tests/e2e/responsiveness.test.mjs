// The page stays responsive on a 5 MB paste: the analysis runs in the Worker, the result
// comes back in parts, and the text is drawn in slices and only in part. Measured with a
// PerformanceObserver of long tasks (main-thread tasks over 50 ms), compared with the same
// analysis run on the main thread. Also: progress, and cancelling a long analysis.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITE_CSP, startStaticServer } from '../support/static-server.mjs';
import { SITE_DIR } from '../support/paths.mjs';
import { bigText } from '../support/big-text.mjs';
import { closeClean, launchBrowser, openPage, waitForFound } from '../support/browser.mjs';

const BIG = bigText(5_000_000);

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

// Opens the page with clipboard access and the long text on the clipboard, ready to paste.
async function pageWithBigClipboard() {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, record } = await openPage(context, server.url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await page.evaluate((text) => navigator.clipboard.writeText(text), BIG);
  return { context, page, record };
}

// Starts recording long tasks from now on: window.__longTasks gets {start, duration}, and
// window.__pasted the time the page had handled a paste (a listener after the page's).
function observeLongTasks(page) {
  return page.evaluate(() => {
    window.__longTasks = [];
    document.addEventListener('paste', () => {
      window.__pasted = performance.now();
    });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

async function paste(page) {
  await page.locator('#article').focus();
  await page.keyboard.press('Control+V');
}

test('a 5 MB paste never blocks the page for long', { timeout: 300_000 }, async () => {
  const { context, page, record } = await pageWithBigClipboard();
  await observeLongTasks(page);
  const started = await page.evaluate(() => performance.now());
  await paste(page);
  // Progress shows while the Worker works.
  await page.waitForSelector('#progress-row:not([hidden])', { timeout: 10_000 });
  const status = await waitForFound(page, { timeout: 240_000 });
  await page.waitForTimeout(300); // the last long task, if any, is reported after it ends
  const finished = await page.evaluate(() => performance.now());
  const pasted = await page.evaluate(() => window.__pasted);
  const tasks = await page.evaluate(() => window.__longTasks);
  // The paste itself is one task: the browser hands the page 5 MB from the clipboard.
  const pasteTask = tasks.filter((t) => t.start <= pasted);
  const during = tasks.filter((t) => t.start > pasted);

  // What the page shows: the long text kept out of the text box, drawn in part, lists capped.
  assert.equal(await page.inputValue('#article'), '', 'the text box stays small');
  assert.match(await page.textContent('#held-info'), /5\.0 MB of text from the clipboard/);
  assert.ok(await page.isVisible('#draw-more'), 'the page says that only part is drawn');
  const drawn = (await page.textContent('#text-view')).length;
  assert.ok(drawn >= 200_000 && drawn < 220_000, `the first 200,000 characters are drawn (${drawn})`);
  assert.equal(await page.textContent('#text-view'), BIG.slice(0, drawn), 'drawn text is the pasted text');
  assert.equal(await page.locator('.event').count(), 50, 'events listed 50 at a time');
  await page.getByRole('button', { name: /^Show 50 more/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('.event').length === 100);
  await page.getByRole('button', { name: /^Highlight the next/ }).click();
  await page.waitForFunction((n) => document.getElementById('text-view').textContent.length > n, drawn);

  // For comparison: the same analysis on the main thread, one long task.
  await observeLongTasks(page);
  const mainThreadMs = await page.evaluate(async (text) => {
    const { createAnalyzer } = await import('./concessions.js');
    const analyzer = await createAnalyzer();
    // In a task of its own, as the page would run it.
    return new Promise((resolve) => setTimeout(() => {
      const t0 = performance.now();
      analyzer.analyze(text);
      resolve(performance.now() - t0);
    }));
  }, BIG);
  await page.waitForTimeout(300);
  const mainThreadTasks = await page.evaluate(() => window.__longTasks);
  await closeClean(page, record, [server.url]);
  await context.close();

  const longest = Math.max(0, ...during.map((t) => t.duration));
  const ms = (list) => list.map((t) => Math.round(t.duration)).join(', ') || 'none';
  const report = `5 MB paste: ${Math.round(finished - started)} ms to "${status.trim()}"; paste event: ${ms(pasteTask)} ms; `
    + `then ${during.length} long tasks, longest ${Math.round(longest)} ms (${ms(during)}); the same analysis on the main thread: one ${Math.round(mainThreadMs)} ms task`;
  console.log(`# ${report}`);
  assert.ok(Math.max(...mainThreadTasks.map((t) => t.duration)) >= mainThreadMs * 0.9, 'the observer sees a main-thread analysis');
  // The budget is 50 ms per task, met on an idle machine (measured: no long task at all
  // after the paste); on a shared 2-core machine under load the browser's own layout and
  // garbage collection stretch 3x, hence the slack. The longest task must also stay a
  // small fraction of what the analysis would block on the page.
  assert.ok(longest < 250, `longest task ${Math.round(longest)} ms (budget 50 ms, slack for a loaded machine)`);
  assert.ok(longest < mainThreadMs / 20, `longest task ${Math.round(longest)} ms vs ${Math.round(mainThreadMs)} ms on the main thread`);
  // Reading 5 MB off the clipboard is the browser's work, in the paste event's task.
  assert.ok(Math.max(0, ...pasteTask.map((t) => t.duration)) < 400, `paste task ${ms(pasteTask)} ms`);
});

test('a long analysis shows progress and can be cancelled', { timeout: 120_000 }, async () => {
  const { context, page, record } = await pageWithBigClipboard();
  // The page starts its Worker at load (to compile the module early).
  const worker = page.workers()[0] ?? await page.waitForEvent('worker');
  await paste(page);
  await page.waitForSelector('#progress-row:not([hidden])', { timeout: 10_000 });
  assert.match(await page.textContent('#progress-text'), /Analyzing 5\.0 MB of text/);
  assert.ok(await page.isVisible('#cancel'));
  const closed = new Promise((resolve) => worker.once('close', resolve));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => /cancelled/.test(document.getElementById('status').textContent));
  assert.ok(await page.isHidden('#progress-row'));
  await closed; // the Worker was stopped, not left running
  // A new text is analyzed by a new Worker.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.locator('#article').fill('Ukraine rejected the proposal from Russia.');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await waitForFound(page);
  assert.ok(await page.locator('mark[data-entity-type="GPE"]').count() >= 2);
  await closeClean(page, record, [server.url]);
  await context.close();
});
