// The page: wires the article box and buttons to the analyzer and the three views
// (highlighted text, entities, concessions). Analysis runs on the main thread for now.
import { createAnalyzer } from './concessions.js';
import { indexAnalysis, renderConcessions, renderEntities, renderText, selectEntity, selectEvent } from './render.js';

// Long enough that typing does not re-analyze on every key, short enough to feel live.
const DEBOUNCE_MS = 300;

const ui = {
  article: document.getElementById('article'),
  analyze: document.getElementById('analyze'),
  example: document.getElementById('example'),
  labels: document.getElementById('show-labels'),
  status: document.getElementById('status'),
  results: document.getElementById('results'),
  textView: document.getElementById('text-view'),
  entities: document.getElementById('entities-view'),
  concessions: document.getElementById('concessions-view'),
};

let analyzer = null;
let current = null; // {text, index} of what the views show
let timer = 0;

function say(message) {
  ui.status.textContent = message;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function showNothing(message) {
  current = null;
  ui.results.hidden = true;
  for (const view of [ui.textView, ui.entities, ui.concessions]) view.replaceChildren();
  say(message);
}

function analyzeNow() {
  clearTimeout(timer);
  if (!analyzer) return; // the load handler analyzes whatever is in the box by then
  const text = ui.article.value;
  if (current?.text === text) return;
  if (text.trim() === '') {
    showNothing('Paste an article to analyze it.');
    return;
  }
  const analysis = analyzer.analyze(text);
  if (analysis.error) {
    showNothing(`Could not analyze this text: ${analysis.error.message}`);
    return;
  }
  const index = indexAnalysis(analysis);
  renderText(ui.textView, text, index);
  renderEntities(ui.entities, index);
  renderConcessions(ui.concessions, text, index);
  ui.results.hidden = false;
  current = { text, index };
  const warnings = analysis.warnings?.length ? ` ${analysis.warnings.join('; ')}.` : '';
  say(`Found ${plural(analysis.entities.length, 'entity', 'entities')} and ${plural(analysis.events.length, 'event', 'events')}.${warnings}`);
}

async function loadExample() {
  ui.example.disabled = true;
  try {
    const response = await fetch('examples/seed.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    ui.article.value = await response.text();
    analyzeNow();
  } catch (err) {
    say(`Could not load the example: ${err.message}`);
  } finally {
    ui.example.disabled = false;
  }
}

ui.article.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(analyzeNow, DEBOUNCE_MS);
});
ui.analyze.addEventListener('click', analyzeNow);
ui.example.addEventListener('click', loadExample);
ui.labels.addEventListener('change', () => ui.textView.classList.toggle('show-labels', ui.labels.checked));

// One delegated handler for everything clickable that the views create.
ui.results.addEventListener('click', (e) => {
  if (!current) return;
  const entityRef = e.target.closest('[data-entity-ref]');
  if (entityRef) {
    selectEntity(ui.results, ui.textView, entityRef.dataset.entityRef);
    return;
  }
  // An event: its buttons, anywhere on its card, or its trigger word in the text.
  const eventRef = e.target.closest('[data-event-ref]');
  const card = e.target.closest('.event[data-event-id]');
  const trigger = e.target.closest('.trigger[data-trigger-for]');
  const id = eventRef?.dataset.eventRef ?? card?.dataset.eventId ?? trigger?.dataset.triggerFor.split(' ')[0];
  if (!id || !selectEvent(ui.results, ui.textView, current.index, id)) return;
  if (trigger) document.getElementById(`event-${id}`)?.scrollIntoView({ block: 'nearest' });
});

createAnalyzer()
  .then((a) => {
    analyzer = a;
    say('Ready. Paste an article or try the example.');
    if (ui.article.value) analyzeNow();
  })
  .catch((err) => say(`The analyzer failed to load: ${err.message}`));
