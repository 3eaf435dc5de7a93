// The page: the article box, files and links in; the analysis (in a Worker: analysis-
// client.js) and the views out (exports and links: page-actions.js). Each part lives in
// its own module; this one wires them to the page's elements and keeps the state: the
// text, the analysis under way and what is shown.
import { createAnalysisClient } from './analysis-client.js';
import { describeSize, formatCount } from './dom.js';
import { readTextFile, watchFiles } from './file-input.js';
import { fragmentToText } from './fragment.js';
import { watchPageActions } from './page-actions.js';
import { createProgress } from './progress.js';
import {
  DRAW_STEP, clickedEventId, createTextDrawing, indexAnalysisSliced, renderEntities, renderEvents,
  renderLegend, renderSummary, selectEntity, selectEvent,
} from './render.js';
import { nextFrame, nextTask } from './schedule.js';
import { watchThemeSwitch } from './theme-switch.js';
import { MEASURE_PREFIX, measure, measureSince, timed } from './timing.js';
import { takeStartedWorker } from './worker-start.js';

// Long enough that typing does not re-analyze on every key, short enough to feel live.
const DEBOUNCE_MS = 300;
// Longer texts are kept out of the text box: laying out megabytes in a <textarea> holds
// the main thread for seconds, in the browser's own code.
const HOLD_ABOVE = 300_000;

const $ = (id) => document.getElementById(id);
const ui = {
  inputPanel: $('input-panel'), article: $('article'), held: $('held'), heldInfo: $('held-info'),
  analyze: $('analyze'), example: $('example'), open: $('open'), file: $('file'), share: $('share'),
  status: $('status'), results: $('results'), legend: $('legend'), labels: $('show-labels'),
  textView: $('text-view'), drawMore: $('draw-more'), drawInfo: $('draw-info'), drawNext: $('draw-next'),
  summary: $('summary-view'), events: $('events-view'), entities: $('entities-view'),
};

// The Worker was started by worker-start.js before this module's imports had arrived.
const client = createAnalysisClient({ worker: takeStartedWorker() });
const progress = createProgress({ row: $('progress-row'), bar: $('progress'), label: $('progress-text'), cancel: $('cancel') });

let held = null; // a long text kept out of the text box: {text, origin}
let shown = null; // what the views show: {text, analysis, index, drawing, stop, done}
let running = null; // the analysis under way: {text, controller}
let timer = 0;

const say = (message) => {
  ui.status.textContent = message;
};
const currentText = () => held?.text ?? ui.article.value;

/** Puts a text in: the box, or held aside when long; then analyzes it. */
function setText(text, origin) {
  timed('set-text', () => putText(text, origin));
}

function putText(text, origin) {
  if (text.length > HOLD_ABOVE) {
    held = { text, origin };
    ui.article.value = '';
    ui.heldInfo.textContent = `${describeSize(text.length)} from ${origin}, kept out of the text box (it is too long to edit there). Typing in the box replaces it.`;
    ui.held.hidden = false;
  } else {
    dropHeld();
    ui.article.value = text;
  }
  analyzeNow();
}

function dropHeld() {
  held = null;
  ui.held.hidden = true;
}

function showNothing(message) {
  shown?.stop.abort();
  shown = null;
  ui.results.hidden = true;
  for (const view of [ui.textView, ui.summary, ui.events, ui.entities]) view.replaceChildren();
  say(message);
}

async function analyzeNow() {
  clearTimeout(timer);
  const text = currentText();
  if (running?.text === text || (!running && shown?.done && shown.text === text)) return;
  running?.controller.abort(new DOMException('superseded', 'AbortError'));
  running = null;
  if (/^\s*$/.test(text)) { // not trim(): that copies a long text
    progress.stop();
    showNothing('Paste an article to analyze it.');
    return;
  }
  const controller = new AbortController();
  const run = { text, controller };
  running = run;
  const { signal } = controller;
  progress.start(text.length, client.estimateMs(text.length), () => controller.abort(new DOMException('cancelled', 'AbortError')));
  if (text.length > HOLD_ABOVE) say(`Analyzing ${describeSize(text.length)}…`);
  try {
    const analysis = await client.analyze(text, { signal, onProgress: progress.update });
    if (analysis.error) throw new Error(analysis.error.message);
    progress.update({ phase: 'drawing' });
    await show(text, analysis, signal);
    const warnings = analysis.warnings?.length ? ` ${analysis.warnings.join('; ')}.` : '';
    say(`Found ${count(analysis.entities.length, 'entity', 'entities')} and ${count(analysis.events.length, 'event', 'events')}.${warnings}`);
  } catch (err) {
    if (signal.aborted) {
      if (signal.reason?.message === 'cancelled') say('Analysis cancelled. Edit the text or press Analyze to try again.');
      return;
    }
    showNothing(`Could not analyze this text: ${err.message}`);
  } finally {
    if (running === run) {
      running = null;
      progress.stop();
    }
  }
}

// Plain digits: the status line is read out and matched by tests as "Found N entities".
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// Each view in a frame of its own (nextFrame between them): on a large analysis, building
// and laying out all of them at once would be a long task. The highlighted text, the first
// result a person looks for, starts drawing with the first view and goes on (in tasks of
// its own) while the others are built, rather than after them.
async function show(text, analysis, signal) {
  shown?.stop.abort(); // the previous text may still be drawing on request
  const stop = new AbortController();
  const drawSignal = AbortSignal.any([signal, stop.signal]);
  await nextFrame();
  const index = await indexAnalysisSliced(analysis, drawSignal);
  const current = { text, analysis, index, drawing: null, stop, done: false };
  shown = current;
  let drawn = null;
  const steps = [
    ['view:text', () => {
      for (const view of [ui.summary, ui.events, ui.entities]) view.replaceChildren();
      current.drawing = createTextDrawing(ui.textView, text, index, { signal: drawSignal });
      ui.results.hidden = false;
      drawn = current.drawing.drawTo(DRAW_STEP);
      drawn.catch(() => {}); // awaited below; an abort meanwhile is thrown by the loop
    }],
    ['view:summary', () => renderSummary(ui.summary, index)],
    ['view:events', () => renderEvents(ui.events, text, index)],
    ['view:entities', () => renderEntities(ui.entities, index)],
  ];
  for (const [name, step] of steps) {
    // The index was built in slices after a frame: the text view needs no frame of its own.
    await (name === 'view:text' ? nextTask() : nextFrame());
    drawSignal.throwIfAborted();
    timed(name, step);
  }
  await drawn;
  current.done = true;
  updateDrawMore();
}

function updateDrawMore() {
  const drawing = shown?.drawing;
  const rest = drawing ? drawing.length - drawing.drawnTo : 0;
  ui.drawMore.hidden = rest <= 0;
  if (rest <= 0) return;
  ui.drawInfo.textContent = `Highlighted the first ${formatCount(drawing.drawnTo)} of ${formatCount(drawing.length)} characters: drawing all of a long text at once would slow the page down. The lists and the exports cover the whole text.`;
  ui.drawNext.textContent = `Highlight the next ${formatCount(Math.min(DRAW_STEP, rest))} characters`;
}

async function drawUpTo(position) {
  const { drawing } = shown;
  if (position <= drawing.drawnTo) return;
  ui.drawNext.disabled = true;
  try {
    await drawing.drawTo(position);
  } catch (err) {
    if (err?.name !== 'AbortError') throw err; // a newer text replaced this one
  } finally {
    ui.drawNext.disabled = false;
    updateDrawMore();
  }
}

// The example text. index.html preloads it (3.5 KB) and the page takes it up as it starts,
// so that "Try an example" answers at once and the preload is used (else Chromium warns).
let exampleText = null;
function fetchExample() {
  if (!exampleText) {
    exampleText = fetch('examples/seed.txt').then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    });
    exampleText.catch(() => { exampleText = null; }); // tried again at the next click
  }
  return exampleText;
}
if (!document.getElementById('example-text')) fetchExample().catch(() => {});

async function loadExample() {
  ui.example.disabled = true;
  try {
    // The standalone file carries its example inside it (no fetch from file://).
    const inline = document.getElementById('example-text');
    if (inline) {
      setText(inline.content.textContent, 'the example');
      return;
    }
    setText(await fetchExample(), 'the example');
  } catch (err) {
    say(`Could not load the example: ${err.message}`);
  } finally {
    ui.example.disabled = false;
  }
}

async function openFile(file) {
  try {
    const { name, text } = await readTextFile(file);
    setText(text, name);
  } catch (err) {
    say(`Could not open the file: ${err.message}`);
  }
}

async function loadFragment() {
  try {
    const text = await fragmentToText(location.hash);
    if (text !== null) setText(text, 'the link');
  } catch (err) {
    say(`The link's text could not be read: ${err.message}`);
  }
}

// Events

ui.article.addEventListener('input', () => {
  if (held) dropHeld(); // typing in the box replaces a held text
  clearTimeout(timer);
  timer = setTimeout(analyzeNow, DEBOUNCE_MS);
});
// Pasting. Reading the clipboard is the browser's work and grows with the text: in
// Chromium, e.clipboardData.getData() of 5 MB holds the page for 90–150 ms (measured; a
// synchronous round trip to the browser process), whatever the page then does with it.
// navigator.clipboard.readText() reads it without holding the page, and is allowed during
// a paste without any permission (the paste is the consent: Chromium, measured in 156;
// Firefox and Safari by MDN's account). It needs the page to take the paste over
// (preventDefault) before the text's length is known, so it is used when the paste
// replaces all of the box (an empty box, all of it selected, or a long text held aside):
// what "paste an article" means here. The text then goes in as by "Open a file" (setText:
// analyzed right away; the paste itself cannot be undone with Ctrl+Z). A paste into part
// of a text being edited stays the browser's own, with its undo; only when it turns out
// long (read with getData, at once) is it taken over, and put in in a later task.
let readLater = typeof navigator.clipboard?.readText === 'function' && window.isSecureContext
  && document.featurePolicy?.allowsFeature?.('clipboard-read') !== false;

ui.article.addEventListener('paste', (e) => {
  const start = performance.now();
  const box = ui.article;
  const replacesAll = box.selectionStart === 0 && box.selectionEnd === box.value.length;
  if (readLater && replacesAll && e.clipboardData?.types.includes('text/plain')) {
    e.preventDefault();
    pasteLater();
    measureSince('paste', start, { read: 'later' });
    return;
  }
  const readStart = performance.now();
  const text = e.clipboardData?.getData('text/plain') ?? '';
  const readEnd = performance.now();
  measure('paste-read', { start: readStart, end: readEnd, detail: { length: text.length } });
  if (text.length > HOLD_ABOVE) {
    e.preventDefault();
    nextTask().then(() => setText(text, 'the clipboard'));
  }
  // The handler's own work, without the browser's read.
  measure('paste', { start, duration: (readStart - start) + (performance.now() - readEnd), detail: { read: 'now' } });
});

async function pasteLater() {
  let text;
  try {
    text = await navigator.clipboard.readText();
  } catch (err) {
    // Not allowed here (an older browser, or a frame without clipboard-read): from now on
    // pastes read the event's own data. This one is lost, so say so.
    readLater = false;
    say(`The clipboard could not be read this way (${err.message}). Please paste again.`);
    return;
  }
  if (text === '') return;
  await nextTask(); // the read's reply and putting the text in are two tasks
  setText(text, 'the clipboard');
}
ui.analyze.addEventListener('click', analyzeNow);
ui.example.addEventListener('click', loadExample);
$('held-edit').addEventListener('click', () => {
  const text = held.text;
  dropHeld();
  ui.article.value = text;
  ui.article.focus();
});
$('held-clear').addEventListener('click', () => {
  dropHeld();
  ui.article.value = '';
  ui.article.focus();
  analyzeNow();
});
ui.drawNext.addEventListener('click', () => drawUpTo(shown.drawing.drawnTo + DRAW_STEP));
ui.labels.addEventListener('change', () => ui.textView.classList.toggle('show-labels', ui.labels.checked));
watchPageActions({
  share: ui.share, json: $('export-json'), csv: $('export-csv'), markdown: $('export-markdown'),
  text: currentText, analysis: () => (shown?.done ? shown.analysis : null), say,
});
watchFiles({ button: ui.open, input: ui.file, dropTarget: ui.inputPanel, onFile: openFile });
watchThemeSwitch($('theme'));
window.addEventListener('hashchange', loadFragment);

// One delegated handler for everything clickable that the views create.
ui.results.addEventListener('click', async (e) => {
  if (!shown) return;
  const entityRef = e.target.closest('[data-entity-ref]');
  if (entityRef) {
    selectEntity(ui.results, ui.textView, entityRef.dataset.entityRef);
    return;
  }
  const id = clickedEventId(e.target);
  const event = id && shown.index.events.get(id);
  if (!event) return;
  await drawUpTo(event.evidence.end); // the evidence may lie past what is drawn
  selectEvent(ui.results, ui.textView, shown.index, id);
  if (e.target.closest('.trigger')) $(`event-${id}`)?.scrollIntoView({ block: 'nearest' });
});

ui.legend.replaceChildren(renderLegend());
if (location.hash) loadFragment();
// An empty request loads the analyzer while the person reads the page. A text put in
// meanwhile ("Try an example", a link, a file) queues behind it. The moment it is ready is
// a User Timing mark, "concessions:analyzer-ready", whatever the status line then says.
client.analyze('').then(
  () => {
    performance.mark(`${MEASURE_PREFIX}analyzer-ready`);
    if (running || shown) return;
    say(client.mode === 'worker'
      ? 'Ready. Paste an article, open a file or try the example.'
      : 'Ready. Paste an article or try the example. (Analysis runs on this page here: a long text makes it pause.)');
    if (ui.article.value && !location.hash) analyzeNow();
  },
  (err) => say(`The analyzer failed to load: ${err.message}`),
);
