// The views of an analysis shared by the page (app.js) and the <concession-analyzer>
// element: the legend, the entity list, the concessions panel (summary, one card per
// actor, the events) and selection. The text itself is drawn by text-view.js. Long lists
// show their first items and a "show more" button, so that a 5 MB article does not turn
// into hundreds of thousands of elements at once. Elements carry data-entity-type /
// data-event-type (and part names) for embedding sites to style.
import { h } from './dom.js';
import { ACTOR_MOVES, ENTITY_TYPES, EVENT_TYPES, describeEntity, entityName, eventTypeLabel } from './labels.js';
import { forEachSliced } from './schedule.js';

export { createTextDrawing, DRAW_STEP } from './text-view.js';
export { indexAnalysis, indexAnalysisSliced } from './labels.js';

// Items shown before "show more", per list.
const SHOWN = { entities: 30, points: 20, actors: 24, events: 50, refs: 8 };

/** The legend: one swatch per entity type (colour and line style), then the moves. */
export function renderLegend() {
  return h('div', { class: 'legend', part: 'legend' },
    h('ul', { class: 'legend-row', 'aria-label': 'Entity types' },
      Object.entries(ENTITY_TYPES).map(([type, [, label]]) =>
        h('li', {}, h('span', { class: 'swatch', 'data-legend-type': type }, label))),
    ),
    h('ul', { class: 'legend-row', 'aria-label': 'Negotiation moves' },
      h('li', {}, h('span', { class: 'trigger-sample' }, 'Move (trigger word)')),
      h('li', {}, h('span', { class: 'evidence-sample' }, 'Selected evidence')),
      Object.entries(EVENT_TYPES).map(([type, label]) =>
        h('li', {}, h('span', { class: 'event-swatch', 'data-event-type': type }, label))),
    ),
  );
}

/**
 * The entities grouped by type, each a button that selects its mentions. An unnamed group
 * that acts ("leaders") is an entity without mentions: it is an actor in the summary, not a
 * name in the text, so it is not listed here.
 */
export function renderEntities(container, index) {
  const groups = Object.keys(ENTITY_TYPES)
    .map((type) => [type, index.analysis.entities.filter((e) => e.type === type && e.mentions.length > 0)])
    .filter(([, list]) => list.length > 0);
  if (groups.length === 0) {
    container.replaceChildren(h('p', { class: 'empty' }, 'No entities found.'));
    return;
  }
  container.replaceChildren(
    ...groups.map(([type, list]) =>
      h('section', { class: 'entity-group', 'data-group-type': type },
        h('h3', {}, h('span', { class: 'swatch', 'data-legend-type': type, 'aria-hidden': 'true' }), ` ${ENTITY_TYPES[type][0]} (${list.length})`),
        cappedList('ul', { class: 'entity-list' },
          [...list].sort((a, b) => b.mentions.length - a.mentions.length || compareNames(a.name, b.name)),
          entityItem, SHOWN.entities),
      ),
    ),
  );
}

// Alphabetical, ignoring case, without localeCompare(): its first call on a page loads
// ICU's collation data, 30–80 ms in one go (measured in Chromium), a long task of its own.
function compareNames(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function entityItem(entity) {
  const count = entity.mentions.length;
  return h('li', {},
    h('button', { type: 'button', class: 'entity-item', 'data-entity-ref': entity.id, 'aria-pressed': 'false', title: describeEntity(entity) },
      h('span', { class: 'entity-name' }, entity.name),
      entity.role ? h('span', { class: 'entity-role' }, entity.role) : null,
      h('span', { class: 'count' }, String(count), h('span', { class: 'visually-hidden' }, count === 1 ? ' mention' : ' mentions')),
    ),
  );
}

/** The summary: headline, points and one card per actor. */
export function renderSummary(container, index) {
  const summary = index.analysis.summary ?? { headline: null, points: [], by_actor: [] };
  const parts = [];
  if (summary.headline) parts.push(h('p', { class: 'headline', part: 'headline' }, summary.headline));
  if (summary.points?.length) {
    parts.push(cappedList('ul', { class: 'points' }, summary.points,
      (p) => h('li', {}, p.text, ' ', eventRefs(index, p.events, 'number')), SHOWN.points));
  }
  if (summary.by_actor?.length) {
    parts.push(cappedList('div', { class: 'actor-cards' }, summary.by_actor, (row) => actorCard(index, row), SHOWN.actors));
  }
  if (parts.length === 0) parts.push(h('p', { class: 'empty' }, 'No negotiation moves found.'));
  container.replaceChildren(...parts);
}

/** The events, one card each, with their evidence quoted from `text`. */
export function renderEvents(container, text, index) {
  const { events } = index.analysis;
  if (events.length === 0) {
    container.replaceChildren();
    return;
  }
  container.replaceChildren(
    h('h3', {}, `Events (${events.length})`),
    cappedList('ol', { class: 'events' }, events, (event) => eventCard(index, text, event), SHOWN.events),
  );
}

// A list of the first `shown` items and, when there are more, a button that adds them
// `shown` at a time (in slices: schedule.js). Returns a fragment holding both.
function cappedList(tag, attrs, items, make, shown) {
  const list = h(tag, attrs, items.slice(0, shown).map(make));
  const fragment = new DocumentFragment();
  fragment.append(list);
  if (items.length <= shown) return fragment;
  let count = shown;
  const more = h('button', { type: 'button', class: 'show-more' });
  const label = () => {
    more.textContent = `Show ${Math.min(shown, items.length - count)} more (${items.length - count} not shown)`;
  };
  label();
  more.addEventListener('click', async () => {
    const next = items.slice(count, count + shown);
    count += next.length;
    more.disabled = true;
    const added = [];
    await forEachSliced(next, (item) => added.push(list.appendChild(make(item))));
    if (count < items.length) {
      more.disabled = false;
      label();
      return;
    }
    // The button goes away: keyboard focus moves to the first item it added.
    more.remove();
    const first = added[0];
    (first?.querySelector('button') ?? first)?.focus();
  });
  fragment.append(more);
  return fragment;
}

function actorCard(index, row) {
  const entity = index.entities.get(row.actor);
  return h('article', { class: 'actor-card', part: 'actor', 'data-entity-id': row.actor, 'data-actor-type': entity?.type },
    h('h3', {}, entityName(index, row.actor)),
    h('dl', {},
      ACTOR_MOVES.filter(([key]) => row[key]?.length).flatMap(([key, label]) => [
        h('dt', {}, label),
        h('dd', {}, eventRefs(index, row[key], 'what')),
      ]),
    ),
  );
}

// Buttons that select events: labelled by the event's number or by what it is about. An
// actor in a long text can have thousands: the first few show, the rest on request.
function eventRefs(index, ids, labelBy) {
  const make = (id) => {
    const event = index.events.get(id);
    const label = labelBy === 'what' && event?.what ? event.what : id;
    return h('button', { type: 'button', class: 'event-ref', 'data-event-ref': id, title: event ? `${eventTypeLabel(event.type)} ${id}: show in text` : id }, label);
  };
  return cappedList('span', { class: 'event-refs' }, ids ?? [], make, SHOWN.refs);
}

function eventCard(index, text, event) {
  const details = [];
  const row = (label, value) => details.push(h('dt', {}, label), h('dd', {}, value));
  if (event.target) row('Target', entityName(index, event.target));
  if (event.duration) row('Duration', event.duration);
  if (event.qualifiers?.length) row('Qualifiers', event.qualifiers.join(', '));
  if (event.conditions?.length) row('Conditions', h('ul', {}, event.conditions.map((c) => h('li', {}, c))));
  row('Negated', event.negated ? 'yes' : 'no');
  if (event.reported_by) row('Reported by', index.entities.has(event.reported_by) ? entityName(index, event.reported_by) : event.reported_by);

  const typeLabel = eventTypeLabel(event.type);
  const actor = event.actor ? entityName(index, event.actor) : 'Unknown actor';
  return h('li', {
    class: 'event', part: `event event-${event.type.toLowerCase()}`, id: `event-${event.id}`,
    'data-event-type': event.type, 'data-event-id': event.id, 'data-negated': event.negated ? 'true' : null,
  },
    // The name read out is the visible text with a few hidden words: "Offer not by Russia: show in text".
    h('button', { type: 'button', class: 'event-jump', 'data-event-ref': event.id },
      h('span', { class: 'event-type' }, typeLabel),
      event.negated ? h('span', { class: 'badge' }, ' not') : null,
      h('span', { class: 'visually-hidden' }, ' by'),
      ' ',
      h('span', { class: 'event-actor' }, actor),
      h('span', { class: 'visually-hidden' }, ': show in text'),
    ),
    h('p', { class: 'event-what' }, event.what ?? ''),
    h('dl', { class: 'event-details' }, details),
    evidenceQuote(text, event),
  );
}

// The evidence sentence, with the trigger emphasised when it lies inside it.
function evidenceQuote(text, event) {
  const { start, end } = event.evidence;
  const t = event.trigger;
  const quote = h('blockquote', { class: 'evidence' });
  if (t.start >= start && t.end <= end && t.start < t.end) {
    quote.append(text.slice(start, t.start), h('strong', { class: 'evidence-trigger' }, text.slice(t.start, t.end)), text.slice(t.end, end));
  } else {
    quote.append(text.slice(start, end));
  }
  return quote;
}

/**
 * Marks event `id` as selected: its card, its trigger words, and the drawn sentences of its
 * evidence (draw the text up to event.evidence.end first); scrolls the text view to the
 * evidence. `root` is the page's results or the element's shadow root. Returns the event,
 * or null for an unknown id.
 */
export function selectEvent(root, textView, index, id) {
  const event = index.events.get(id);
  if (!event) return null;
  for (const el of root.querySelectorAll('.sentence.is-evidence, .trigger.is-active')) el.classList.remove('is-evidence', 'is-active');
  for (const card of root.querySelectorAll('.event.is-selected')) {
    card.classList.remove('is-selected');
    card.removeAttribute('aria-current');
  }
  const card = root.querySelector(`.event[data-event-id="${CSS.escape(id)}"]`);
  card?.classList.add('is-selected');
  card?.setAttribute('aria-current', 'true');
  for (const trigger of textView.querySelectorAll(`.trigger[data-trigger-for~="${CSS.escape(id)}"]`)) trigger.classList.add('is-active');
  const { start, end } = event.evidence;
  const sentences = [...textView.querySelectorAll('.sentence')].filter((s) => Number(s.dataset.start) < end && Number(s.dataset.end) > start);
  for (const s of sentences) s.classList.add('is-evidence');
  scrollTextTo(textView, sentences[0] ?? textView.querySelector('.trigger.is-active'));
  return event;
}

/** Toggles the selection of every mention of entity `id`; returns whether it is now on. */
export function selectEntity(root, textView, id) {
  const button = root.querySelector(`.entity-item[data-entity-ref="${CSS.escape(id)}"]`);
  const on = button?.getAttribute('aria-pressed') !== 'true';
  for (const b of root.querySelectorAll('.entity-item[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  for (const m of textView.querySelectorAll('mark.entity.is-selected')) m.classList.remove('is-selected');
  if (!on) return false;
  button?.setAttribute('aria-pressed', 'true');
  const marks = textView.querySelectorAll(`mark[data-entity-id="${CSS.escape(id)}"]`);
  for (const m of marks) m.classList.add('is-selected');
  scrollTextTo(textView, marks[0]);
  return true;
}

// Scrolls inside the text view only, so the panel the person clicked in stays put.
function scrollTextTo(textView, el) {
  if (!el) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const viewBox = textView.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  const top = textView.scrollTop + (box.top - viewBox.top) - textView.clientHeight / 3;
  textView.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
  textView.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * The id of the event a click on `target` means: an event button, anywhere on an event
 * card, or a trigger word in the text (its first event). Null for anything else.
 */
export function clickedEventId(target) {
  const ref = target.closest('[data-event-ref]');
  if (ref) return ref.dataset.eventRef;
  const card = target.closest('.event[data-event-id]');
  if (card) return card.dataset.eventId;
  return target.closest('.trigger[data-trigger-for]')?.dataset.triggerFor.split(' ')[0] ?? null;
}
