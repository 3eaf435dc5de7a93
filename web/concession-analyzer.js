// <concession-analyzer>: the analyzer as a custom element, embedded with one tag:
//   <script type="module" src="https://…/concession-analyzer.js"></script>
//   <concession-analyzer view="full" theme="auto">Article text…</concession-analyzer>
// Everything it loads (its modules, stylesheets and the .wasm) is found relative to this
// file's own URL, so it also works from another origin (a CDN) that sends CORS headers.
// Input: the `text` property, else the `text` attribute, else the element's text content.
// Output: an `analyzed` event whose detail is the analysis (../shared/spec/analysis-format.md).
// Styling: shadow DOM, themable by the --ca-* custom properties of theme.css and ::part().
// It shares the page's views (render.js) and analysis client (a Worker when this script
// is on the page's origin, else the main thread).
import { createAnalysisClient } from './analysis-client.js';
import { h } from './dom.js';
import {
  clickedEventId, createTextDrawing, DRAW_STEP, indexAnalysis, renderEntities, renderEvents,
  renderLegend, renderSummary, selectEntity, selectEvent,
} from './render.js';

const STYLESHEETS = ['theme.css', 'highlight.css', 'element.css'].map((name) => new URL(name, import.meta.url).href);
const VIEWS = ['full', 'highlight', 'summary'];
const THEMES = ['auto', 'light', 'dark'];

// One analyzer for every element on the page, loaded with the first.
let client = null;

/** Text content as written in HTML: without the indentation of the markup around it. */
function contentText(el) {
  const lines = el.textContent.replace(/^\s*\n/, '').trimEnd().split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = Math.min(...indents, Infinity);
  return lines.map((l) => l.slice(Number.isFinite(cut) ? cut : 0)).join('\n');
}

export class ConcessionAnalyzerElement extends HTMLElement {
  static observedAttributes = ['text', 'view'];

  #text = null; // set through the property; null: the attribute or the content
  #analysis = null;
  #shown = null; // {text, index, drawing}
  #controller = null;
  #scheduled = false;
  #ui;
  #styled;
  #observer = new MutationObserver(() => this.#schedule());

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const links = STYLESHEETS.map((href) => h('link', { rel: 'stylesheet', href }));
    // Shown once the stylesheets are in (or failed), never unstyled.
    this.#styled = Promise.all(links.map((link) => new Promise((resolve) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', resolve, { once: true });
    })));
    const ui = {
      frame: h('div', { class: 'frame', part: 'container', hidden: true }),
      status: h('p', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' }),
      summary: h('div', { class: 'summary-view' }),
      // A group, not a region: a page with several elements would have landmarks of one name.
      textView: h('div', { class: 'text-view', part: 'text', tabindex: '0', role: 'group', 'aria-label': 'Analyzed text' }),
      entities: h('div', { class: 'entities-view' }),
      events: h('div', { class: 'events-view' }),
    };
    // Plain divs with headings: the host page has the landmarks, the element its outline.
    const part = (name, heading, ...content) => h('div', { class: `${name}-part`, part: name },
      h('h2', { class: 'part-heading', part: 'heading' }, heading), ...content);
    ui.frame.append(
      ui.status,
      part('summary', 'Concessions', ui.summary),
      part('highlight', 'Highlighted text', renderLegend(), ui.textView),
      part('entities', 'Entities', ui.entities),
      part('events', 'Events', ui.events),
    );
    root.append(...links, ui.frame);
    root.addEventListener('click', (e) => this.#onClick(e));
    this.#ui = ui;
  }

  /** The text analyzed: the property if set, else the `text` attribute, else the content. */
  get text() {
    return this.#text ?? this.getAttribute('text') ?? contentText(this);
  }
  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    this.#schedule();
  }

  /** 'full' (default), 'highlight' (legend and text) or 'summary' (summary only). */
  get view() {
    const view = this.getAttribute('view');
    return VIEWS.includes(view) ? view : 'full';
  }
  set view(value) {
    this.setAttribute('view', value);
  }

  /** 'auto' (default: follows prefers-color-scheme), 'light' or 'dark'. */
  get theme() {
    const theme = this.getAttribute('theme');
    return THEMES.includes(theme) ? theme : 'auto';
  }
  set theme(value) {
    this.setAttribute('theme', value);
  }

  /** The latest analysis (the `analyzed` event's detail), or null. */
  get analysis() {
    return this.#analysis;
  }

  connectedCallback() {
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#styled.then(() => {
      this.#ui.frame.hidden = false;
    });
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
    this.#controller?.abort();
  }

  attributeChangedCallback(name) {
    if (name === 'text') this.#schedule();
    // view: element.css shows and hides the parts; nothing to recompute.
  }

  // Several changes in one task (attribute, then content) make one analysis.
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#analyze();
    });
  }

  async #analyze() {
    const text = this.text;
    if (this.#shown?.text === text) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    const ui = this.#ui;
    if (!text.trim()) {
      this.#shown = null;
      for (const view of [ui.summary, ui.textView, ui.entities, ui.events]) view.replaceChildren();
      ui.status.textContent = 'No text to analyze.';
      return;
    }
    ui.status.textContent = 'Analyzing…';
    try {
      client ??= createAnalysisClient();
      const analysis = await client.analyze(text, { signal });
      if (analysis.error) throw new Error(analysis.error.message);
      const index = indexAnalysis(analysis);
      renderSummary(ui.summary, index);
      renderEntities(ui.entities, index);
      renderEvents(ui.events, text, index);
      const drawing = createTextDrawing(ui.textView, text, index, { signal });
      this.#shown = { text, index, drawing };
      await drawing.drawTo(DRAW_STEP);
      this.#analysis = analysis;
      ui.status.textContent = `Found ${analysis.entities.length} ${analysis.entities.length === 1 ? 'entity' : 'entities'} and ${analysis.events.length} ${analysis.events.length === 1 ? 'event' : 'events'}.`;
      this.dispatchEvent(new CustomEvent('analyzed', { detail: analysis, bubbles: true, composed: true }));
    } catch (err) {
      if (signal.aborted) return;
      this.#shown = null;
      ui.status.textContent = `Could not analyze this text: ${err.message}`;
    }
  }

  async #onClick(e) {
    const shown = this.#shown;
    if (!shown) return;
    const root = this.shadowRoot;
    const entityRef = e.target.closest('[data-entity-ref]');
    if (entityRef) {
      selectEntity(root, this.#ui.textView, entityRef.dataset.entityRef);
      return;
    }
    const id = clickedEventId(e.target);
    const event = id && shown.index.events.get(id);
    if (!event) return;
    try {
      await shown.drawing.drawTo(event.evidence.end);
    } catch {
      return; // a newer text replaced this one
    }
    selectEvent(root, this.#ui.textView, shown.index, id);
  }
}

if (!customElements.get('concession-analyzer')) customElements.define('concession-analyzer', ConcessionAnalyzerElement);
