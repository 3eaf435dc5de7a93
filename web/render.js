// Draws an analysis into the page. User text only ever becomes text nodes (append() of a
// string, textContent): never markup. Elements carry the data-* attributes that embedding
// sites style and test against: data-entity-type / data-entity-id on every mention,
// data-event-type / data-event-id on every event, data-trigger-for on trigger words.
import { disjoint, nestRanges } from './spans.js';

export const ENTITY_TYPES = {
  PERSON: 'People',
  ORG: 'Organizations',
  GPE: 'Countries, cities, states',
  LOC: 'Places',
  NORP: 'Nationalities and groups',
  DATE: 'Dates and durations',
  MONEY: 'Money',
  PERCENT: 'Percentages',
  QUANTITY: 'Quantities',
};

export const EVENT_TYPES = {
  OFFER: 'Offer',
  CONCESSION: 'Concession',
  PROPOSAL: 'Proposal',
  AGREEMENT: 'Agreement',
  DEMAND: 'Demand',
  REJECTION: 'Rejection',
};

// The by_actor columns, in the order a reader compares two sides.
const ACTOR_MOVES = [
  ['offered', 'Offered'],
  ['proposed', 'Proposed'],
  ['agreed', 'Agreed'],
  ['demanded', 'Demanded'],
  ['rejected', 'Rejected'],
];

/** Creates an element; attributes with null/undefined/false values are left out. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return el;
}

/** Lookup tables over one analysis, shared by the views. */
export function indexAnalysis(analysis) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const events = new Map(analysis.events.map((v) => [v.id, v]));
  return { analysis, entities, events };
}

export function entityName(index, id) {
  return index.entities.get(id)?.name ?? id;
}

/** One line describing an entity, for tooltips and the entity list. */
export function describeEntity(entity) {
  const count = entity.mentions.length;
  const parts = [`${entity.name} · ${entity.type}`];
  if (entity.role) parts.push(entity.role);
  parts.push(`${count} ${count === 1 ? 'mention' : 'mentions'}`);
  return parts.join(' · ');
}

/**
 * Renders `text` with sentences (span.sentence), mentions (mark.entity) and triggers
 * (span.trigger) nested in that order into `container`.
 */
export function renderText(container, text, index) {
  const { analysis } = index;
  const sentences = disjoint(analysis.sentences.map((s, i) => ({ ...s, index: i })), text.length);
  const mentions = disjoint(
    analysis.entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity }))),
    text.length,
  );
  // Several events can share one trigger word: one element lists them all.
  const triggers = new Map();
  for (const event of analysis.events) {
    const key = `${event.trigger.start}:${event.trigger.end}`;
    if (!triggers.has(key)) triggers.set(key, { start: event.trigger.start, end: event.trigger.end, events: [] });
    triggers.get(key).events.push(event);
  }

  const makers = [makeSentence, (r) => makeMention(r.entity), makeTrigger];
  const toDom = (node) => {
    if (node.layer === undefined) return document.createTextNode(text.slice(node.start, node.end));
    const el = makers[node.layer](node.range);
    el.append(...node.children.map(toDom));
    return el;
  };
  const tree = nestRanges(text.length, [sentences, mentions, disjoint([...triggers.values()], text.length)]);
  container.replaceChildren(...tree.map(toDom));
}

function makeSentence(sentence) {
  return h('span', { class: 'sentence', 'data-sentence': sentence.index, 'data-start': sentence.start, 'data-end': sentence.end });
}

function makeMention(entity) {
  return h('mark', {
    class: 'entity',
    'data-entity-type': entity.type,
    'data-entity-id': entity.id,
    title: describeEntity(entity),
  });
}

function makeTrigger(trigger) {
  const title = trigger.events.map((v) => `${EVENT_TYPES[v.type] ?? v.type}${v.negated ? ' (negated)' : ''}: ${v.what ?? ''}`).join('\n');
  return h('span', { class: 'trigger', 'data-trigger-for': trigger.events.map((v) => v.id).join(' '), title });
}

/** The entities grouped by type, each a button that selects its mentions. */
export function renderEntities(container, index) {
  const groups = Object.keys(ENTITY_TYPES)
    .map((type) => [type, index.analysis.entities.filter((e) => e.type === type)])
    .filter(([, list]) => list.length > 0);
  if (groups.length === 0) {
    container.replaceChildren(h('p', { class: 'empty' }, 'No entities found.'));
    return;
  }
  container.replaceChildren(
    ...groups.map(([type, list]) =>
      h('section', { class: 'entity-group', 'data-group-type': type },
        h('h3', {}, h('span', { class: 'swatch', 'data-legend-type': type, 'aria-hidden': 'true' }), ` ${ENTITY_TYPES[type]} (${list.length})`),
        h('ul', { class: 'entity-list' },
          [...list]
            .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
            .map((entity) =>
              h('li', {},
                h('button', { type: 'button', class: 'entity-item', 'data-entity-ref': entity.id, 'aria-pressed': 'false', title: describeEntity(entity) },
                  h('span', { class: 'entity-name' }, entity.name),
                  entity.role ? h('span', { class: 'entity-role' }, entity.role) : null,
                  h('span', { class: 'count', 'aria-label': `${entity.mentions.length} mentions` }, String(entity.mentions.length)),
                ),
              ),
            ),
        ),
      ),
    ),
  );
}

/** The concessions panel: summary headline and points, one card per actor, the events. */
export function renderConcessions(container, text, index) {
  const { analysis } = index;
  const summary = analysis.summary ?? { headline: null, points: [], by_actor: [] };
  const parts = [];
  if (summary.headline) parts.push(h('p', { class: 'headline' }, summary.headline));
  if (summary.points?.length) {
    parts.push(h('ul', { class: 'points' }, summary.points.map((p) => h('li', {}, p.text, ' ', eventRefs(index, p.events, 'number')))));
  }
  if (summary.by_actor?.length) {
    parts.push(h('div', { class: 'actor-cards' }, summary.by_actor.map((row) => actorCard(index, row))));
  }
  if (analysis.events.length === 0) {
    parts.push(h('p', { class: 'empty' }, 'No negotiation moves found.'));
  } else {
    parts.push(
      h('h3', {}, `Events (${analysis.events.length})`),
      h('ol', { class: 'events' }, analysis.events.map((event) => eventCard(index, text, event))),
    );
  }
  container.replaceChildren(...parts);
}

function actorCard(index, row) {
  const entity = index.entities.get(row.actor);
  return h('article', { class: 'actor-card', 'data-entity-id': row.actor, 'data-actor-type': entity?.type },
    h('h3', {}, entityName(index, row.actor)),
    h('dl', {},
      ACTOR_MOVES.filter(([key]) => row[key]?.length).flatMap(([key, label]) => [
        h('dt', {}, label),
        h('dd', {}, eventRefs(index, row[key], 'what')),
      ]),
    ),
  );
}

// Buttons that select events: labelled by the event's number or by what it is about.
function eventRefs(index, ids, labelBy) {
  return h('span', { class: 'event-refs' },
    (ids ?? []).map((id) => {
      const event = index.events.get(id);
      const label = labelBy === 'what' && event?.what ? event.what : id;
      return h('button', { type: 'button', class: 'event-ref', 'data-event-ref': id, title: event ? `${EVENT_TYPES[event.type] ?? event.type} ${id}: show in text` : id }, label);
    }),
  );
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

  const typeLabel = EVENT_TYPES[event.type] ?? event.type;
  return h('li', { class: 'event', id: `event-${event.id}`, 'data-event-type': event.type, 'data-event-id': event.id, 'data-negated': event.negated ? 'true' : null },
    h('button', { type: 'button', class: 'event-jump', 'data-event-ref': event.id, 'aria-label': `${typeLabel} by ${event.actor ? entityName(index, event.actor) : 'unknown actor'}: show in text` },
      h('span', { class: 'event-type' }, typeLabel),
      event.negated ? h('span', { class: 'badge' }, 'not') : null,
      ' ',
      h('span', { class: 'event-actor' }, event.actor ? entityName(index, event.actor) : 'Unknown actor'),
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
 * Marks event `id` as selected: its card, its trigger words, and the sentences of its
 * evidence; scrolls the text view to the evidence. Returns false for an unknown id.
 */
export function selectEvent(root, textView, index, id) {
  const event = index.events.get(id);
  if (!event) return false;
  for (const el of root.querySelectorAll('.sentence.is-evidence, .trigger.is-active')) el.classList.remove('is-evidence', 'is-active');
  for (const card of root.querySelectorAll('.event[data-event-id]')) {
    const on = card.dataset.eventId === id;
    card.classList.toggle('is-selected', on);
    if (on) card.setAttribute('aria-current', 'true');
    else card.removeAttribute('aria-current');
  }
  for (const trigger of textView.querySelectorAll('.trigger')) {
    if (trigger.dataset.triggerFor.split(' ').includes(id)) trigger.classList.add('is-active');
  }
  const { start, end } = event.evidence;
  const sentences = [...textView.querySelectorAll('.sentence')].filter((s) => Number(s.dataset.start) < end && Number(s.dataset.end) > start);
  for (const s of sentences) s.classList.add('is-evidence');
  scrollTextTo(textView, sentences[0] ?? textView.querySelector('.trigger.is-active'));
  return true;
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
