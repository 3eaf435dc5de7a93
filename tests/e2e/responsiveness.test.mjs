// The page stays responsive on a 5 MB paste: the clipboard is read without holding the
// page, the analysis runs in the Worker, the result comes back in parts, the index and the
// text are built in slices and only part of the text is drawn. Measured three ways, all
// from the paste event on:
//  - the page's own steps, as User Timing measures "concessions:*" (web/timing.js): the
//    paste handler, putting the text in, sending it, each part received, each view, each
//    slice of the index and of the drawing;
//  - every main-thread task, from Chromium's trace (tests/support/main-thread.mjs), with
//    the CPU time the thread really ran: the budget of 50 ms per task holds for it on any
//    machine, busy or not;
//  - long tasks (PerformanceObserver 'longtask', wall time, over 50 ms), whose budget is
//    50 ms times how much the machine stretched the page's tasks while the test ran (wall
//    over CPU time of the busy tasks, measured in the same trace): 1 on a machine that runs
//    nothing else, 1.4–3.5 measured on a shared 2-core one while the browser's own threads
//    (raster, GC helpers) and other jobs compete for the cores.
// Compared with the same analysis run on the main thread. Also: the browser's synchronous
// clipboard read, measured on its own (a long paste into part of a text still goes
// through it), short pastes, progress, and cancelling a long analysis.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITE_CSP, startStaticServer } from '../support/static-server.mjs';
import { SITE_DIR } from '../support/paths.mjs';
import { bigText } from '../support/big-text.mjs';
import { closeClean, launchBrowser, openPage, waitForFound } from '../support/browser.mjs';
import { stretchFactor, traceMainThread } from '../support/main-thread.mjs';

const BIG = bigText(5_000_000);
/** A task over this is a long task (the issue's budget, and the browser's definition). */
const BUDGET_MS = 50;
const WALL_SLACK = 1.5;
/** The paste handler's own work: a few property reads and starting the read. */
const HANDLER_MS = 10;

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

// Opens the page with `text` on the clipboard, ready to paste. Only writing is granted:
// reading the clipboard during a paste needs no permission (that is what a paste is).
async function pageWithClipboard(text = BIG) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-write'], { origin: server.url });
  const { page, record } = await openPage(context, server.url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  return { context, page, record };
}

// Starts recording long tasks from now on: window.__longTasks gets {start, duration}.
function observeLongTasks(page) {
  return page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

// The page's own measures (web/timing.js) so far, in order.
function pageMeasures(page) {
  return page.evaluate(() => performance.getEntriesByType('measure')
    .filter((m) => m.name.startsWith('concessions:'))
    .map((m) => ({ name: m.name.slice('concessions:'.length), start: m.startTime, duration: m.duration, detail: m.detail })));
}

async function paste(page) {
  await page.locator('#article').focus();
  await page.keyboard.press('Control+V');
}

const round = (ms) => Math.round(ms);
const list = (tasks, key = 'duration') => tasks.map((t) => round(t[key])).join(', ') || 'none';

test('a 5 MB paste never blocks the page for long', { timeout: 300_000 }, async () => {
  const { context, page, record } = await pageWithClipboard();
  await observeLongTasks(page);
  const trace = await traceMainThread(page);
  const started = await page.evaluate(() => performance.now());
  await paste(page);
  // Progress shows while the Worker works.
  await page.waitForSelector('#progress-row:not([hidden])', { timeout: 10_000 });
  const status = await waitForFound(page, { timeout: 240_000 });
  await page.waitForTimeout(300); // the last long task, if any, is reported after it ends
  const finished = await page.evaluate(() => performance.now());
  const { tasks } = await trace.stop();
  const measures = await pageMeasures(page);
  const longTasks = await page.evaluate(() => window.__longTasks);

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
  assert.ok(Math.max(...mainThreadTasks.map((t) => t.duration)) >= mainThreadMs * 0.9, 'the observer sees a main-thread analysis');

  // The paste: the handler takes the paste over and asks for the text, which arrives in a
  // later task (navigator.clipboard.readText(): Chromium reads it off the main thread).
  const handler = measures.find((m) => m.name === 'paste');
  assert.ok(handler, 'the paste handler ran');
  assert.equal(handler.detail?.read, 'later', 'the clipboard is read without holding the page');
  assert.ok(!measures.some((m) => m.name === 'paste-read'), 'no synchronous clipboard read');
  const setText = measures.find((m) => m.name === 'set-text');
  assert.ok(setText && setText.start > handler.start + handler.duration, 'the text is put in in a later task');

  // From the paste's task to the end.
  const during = tasks.filter((t) => t.start + t.wall >= handler.start && t.start <= finished);
  assert.ok(during.length > 100, `the trace has the page's tasks (${during.length})`);
  const pasteTask = during.find((t) => t.start <= handler.start && handler.start <= t.start + t.wall);
  assert.ok(pasteTask, 'the trace has the paste event\'s task');
  const stretch = stretchFactor(during);
  // Wall-time budget: 50 ms stretched as much as the machine stretched the page's tasks, and
  // at least 1.5x, because a task can also wait on the browser process (compositing, IPC)
  // without running: one measured 52 ms of wall time for 9 ms of CPU on an unloaded run.
  // The CPU-time check below holds the strict 50 ms.
  const budget = BUDGET_MS * Math.max(stretch, WALL_SLACK);
  const heaviest = [...during].sort((a, b) => b.cpu - a.cpu).slice(0, 5);
  const ours = measures.filter((m) => m.start >= handler.start);
  const longestOurs = ours.reduce((a, b) => (b.duration > a.duration ? b : a));
  const later = longTasks.filter((t) => t.start + t.duration >= handler.start);
  const longest = Math.max(0, ...later.map((t) => t.duration));
  console.log(`# 5 MB paste: ${round(finished - started)} ms to "${status.trim()}"; the paste event's task ${round(pasteTask.wall)} ms `
    + `(CPU ${round(pasteTask.cpu)} ms; handler ${handler.duration.toFixed(1)} ms); ${during.length} main-thread tasks, `
    + `stretched ${stretch.toFixed(2)}x by the machine; heaviest by CPU: ${heaviest.map((t) => `${round(t.cpu)} (wall ${round(t.wall)})`).join(', ')} ms; `
    + `page's own steps: ${ours.length}, longest ${longestOurs.name} ${round(longestOurs.duration)} ms; `
    + `long tasks: ${list(later)} ms (budget ${round(budget)}); the same analysis on the main thread: one ${round(mainThreadMs)} ms task`);

  assert.ok(handler.duration < HANDLER_MS, `the paste handler took ${handler.duration.toFixed(1)} ms`);
  assert.ok(pasteTask.cpu < BUDGET_MS && pasteTask.wall < budget, `the paste event's task: ${round(pasteTask.wall)} ms (CPU ${round(pasteTask.cpu)} ms)`);
  // Every task's own work: CPU time, whatever else runs on the machine.
  const overCpu = during.filter((t) => t.cpu >= BUDGET_MS);
  assert.deepEqual(overCpu.map((t) => round(t.cpu)), [], `tasks over ${BUDGET_MS} ms of CPU time`);
  // Each of the page's own steps, and each long task, in wall time, against the budget
  // stretched as much as the machine stretched the page's tasks.
  const slowSteps = ours.filter((m) => m.duration >= budget);
  assert.deepEqual(slowSteps.map((m) => `${m.name} ${round(m.duration)} ms`), [], `the page's steps over ${round(budget)} ms`);
  assert.ok(longest < budget, `long tasks ${list(later)} ms (budget ${BUDGET_MS} ms x ${Math.max(stretch, WALL_SLACK).toFixed(2)})`);
  // And a small part of what the same analysis blocks on the main thread (about 1 s for 5 MB
  // now: the faster the core, the smaller this ratio can be).
  assert.ok(longest < mainThreadMs / 10, `longest task ${round(longest)} ms vs ${round(mainThreadMs)} ms on the main thread`);
});

// A long paste into part of a text being edited still goes through the paste event's own
// data (e.clipboardData.getData): reading 5 MB that way is the browser's work, in the
// paste event's task (90–110 ms measured in Chromium on a quiet 2-core machine, up to 190
// under load: a synchronous round trip to the browser process, most of it spent there),
// and cannot be split. Measured on its own here; the page's part of that task, and
// everything after it, stays small.
test('a long paste into part of a text: only the browser\'s read is in the paste event', { timeout: 120_000 }, async () => {
  const { context, page, record } = await pageWithClipboard();
  await page.locator('#article').fill('Ukraine rejected the proposal.');
  await page.evaluate(() => document.getElementById('article').setSelectionRange(7, 7)); // a caret, no selection
  await observeLongTasks(page);
  await paste(page);
  await page.waitForSelector('#progress-row:not([hidden])', { timeout: 10_000 });
  assert.equal(await page.inputValue('#article'), '', 'the long text is held out of the box');
  assert.match(await page.textContent('#held-info'), /5\.0 MB of text from the clipboard/);
  const measures = await pageMeasures(page);
  const longTasks = await page.evaluate(() => window.__longTasks);
  const read = measures.find((m) => m.name === 'paste-read');
  const handler = measures.find((m) => m.name === 'paste');
  const setText = measures.find((m) => m.name === 'set-text');
  assert.ok(read && handler && setText, 'the read, the handler and putting the text in are measured');
  assert.equal(read.detail.length, BIG.length);
  assert.equal(handler.detail.read, 'now');
  const pasteTask = longTasks.find((t) => t.start <= read.start && read.start <= t.start + t.duration);
  console.log(`# long paste into a text: the browser's getData() ${round(read.duration)} ms; the handler besides it ${handler.duration.toFixed(1)} ms; `
    + `the paste event's task ${pasteTask ? `${round(pasteTask.duration)} ms` : `under ${BUDGET_MS} ms`}; putting the text in ${round(setText.duration)} ms, in a later task`);
  assert.ok(handler.duration < HANDLER_MS, `the handler's own work took ${handler.duration.toFixed(1)} ms`);
  assert.ok(setText.start >= read.start + read.duration, 'the text is put in after the read');
  if (pasteTask) assert.ok(setText.start >= pasteTask.start + pasteTask.duration, 'the text is put in in a task after the paste event\'s');
  // Stopped here: the rest is the first test's.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => /cancelled/.test(document.getElementById('status').textContent));
  await closeClean(page, record, [server.url]);
  await context.close();
});

test('short pastes: into part of a text the browser\'s own (with undo), over all of it the page\'s', { timeout: 60_000 }, async () => {
  const { context, page, record } = await pageWithClipboard('rejected ');
  const box = page.locator('#article');
  // Into part of a text: the browser pastes, and Ctrl+Z takes it back.
  await box.fill('Ukraine the proposal from Russia.');
  await page.evaluate(() => document.getElementById('article').setSelectionRange(8, 8));
  await paste(page);
  assert.equal(await box.inputValue(), 'Ukraine rejected the proposal from Russia.');
  assert.equal((await pageMeasures(page)).find((m) => m.name === 'paste')?.detail.read, 'now');
  await page.keyboard.press('Control+Z');
  assert.equal(await box.inputValue(), 'Ukraine the proposal from Russia.', 'undo takes the paste back');
  // Over all of the text: the page reads the clipboard later and puts the text in.
  await page.evaluate((t) => navigator.clipboard.writeText(t), 'Germany agreed to a proposal from France.');
  await box.selectText();
  await paste(page);
  await page.waitForFunction(() => document.getElementById('article').value === 'Germany agreed to a proposal from France.');
  await page.waitForFunction(() => document.getElementById('text-view').textContent === 'Germany agreed to a proposal from France.');
  assert.match(await waitForFound(page), /^Found \d+/);
  assert.ok(await page.locator('#text-view mark[data-entity-type="GPE"]').count() >= 2);
  assert.equal((await pageMeasures(page)).filter((m) => m.name === 'paste').at(-1).detail.read, 'later');
  await closeClean(page, record, [server.url]);
  await context.close();
});

test('where the clipboard cannot be read later, the page says so and reads the next paste at once', { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-write'], { origin: server.url });
  // As in a browser or frame that does not allow it.
  await context.addInitScript(() => {
    navigator.clipboard.readText = () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError'));
  });
  const { page, record } = await openPage(context, server.url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  await page.evaluate(() => navigator.clipboard.writeText('Ukraine rejected the proposal from Russia.'));
  await paste(page);
  await page.waitForFunction(() => /Please paste again/.test(document.getElementById('status').textContent));
  assert.equal(await page.inputValue('#article'), '');
  await paste(page);
  assert.equal(await page.inputValue('#article'), 'Ukraine rejected the proposal from Russia.');
  assert.match(await waitForFound(page), /^Found \d+/);
  await closeClean(page, record, [server.url]);
  await context.close();
});

test('a long analysis shows progress and can be cancelled', { timeout: 120_000 }, async () => {
  const { context, page, record } = await pageWithClipboard();
  // The page starts its Worker at load (to compile the module early).
  const worker = page.workers()[0] ?? await page.waitForEvent('worker');
  const closed = new Promise((resolve) => worker.once('close', resolve));
  await paste(page);
  // Esc is pressed in the page the moment the analysis shows as under way: 5 MB now takes
  // well under a second, which a round trip from the test to the page can miss.
  const seen = await page.waitForFunction(() => {
    const row = document.getElementById('progress-row');
    const text = document.getElementById('progress-text').textContent;
    if (row.hidden || !/^Analyzing/.test(text)) return null;
    const cancelShown = document.getElementById('cancel').checkVisibility();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return { text, cancelShown };
  }, null, { polling: 'raf', timeout: 10_000 }).then((h) => h.jsonValue());
  assert.match(seen.text, /Analyzing 5\.0 MB of text/);
  assert.ok(seen.cancelShown);
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
