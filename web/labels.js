// Names people read for the analysis format's closed sets of types, shared by every view,
// the legend, the exports and the custom element.
import { runSliced } from './schedule.js';

/** Entity types: [group heading, legend label]. */
export const ENTITY_TYPES = {
  PERSON: ['People', 'Person'],
  ORG: ['Organizations', 'Organization'],
  GPE: ['Countries, cities, states', 'Country, city, state'],
  LOC: ['Places', 'Place'],
  NORP: ['Nationalities and groups', 'Nationality, group'],
  DATE: ['Dates and durations', 'Date, duration'],
  MONEY: ['Money', 'Money'],
  PERCENT: ['Percentages', 'Percent'],
  QUANTITY: ['Quantities', 'Quantity'],
};

export const EVENT_TYPES = {
  OFFER: 'Offer',
  CONCESSION: 'Concession',
  PROPOSAL: 'Proposal',
  AGREEMENT: 'Agreement',
  DEMAND: 'Demand',
  REJECTION: 'Rejection',
};

/** The by_actor columns, in the order a reader compares two sides. */
export const ACTOR_MOVES = [
  ['offered', 'Offered'],
  ['proposed', 'Proposed'],
  ['agreed', 'Agreed'],
  ['demanded', 'Demanded'],
  ['rejected', 'Rejected'],
];

export function eventTypeLabel(type) {
  return EVENT_TYPES[type] ?? type;
}

/** Lookup tables over one analysis, shared by the views and the exports. */
export function indexAnalysis(analysis) {
  const entities = new Map();
  for (const e of analysis.entities) entities.set(e.id, e);
  const events = new Map();
  for (const v of analysis.events) events.set(v.id, v);
  return { analysis, entities, events };
}

/**
 * indexAnalysis() in slices of main-thread time (schedule.js): the analysis of a 5 MB
 * article has 26,000 events, 15–30 ms to index in one go on the page. Resolves to the
 * same index; rejects with the signal's reason once `signal` is aborted.
 */
export async function indexAnalysisSliced(analysis, signal) {
  const entities = new Map();
  const events = new Map();
  const lists = [[analysis.entities, entities], [analysis.events, events]];
  let list = 0;
  let i = 0;
  await runSliced(() => {
    const [items, map] = lists[list];
    const end = Math.min(i + 1_000, items.length);
    for (; i < end; i++) map.set(items[i].id, items[i]);
    if (i < items.length) return true;
    list++;
    i = 0;
    return list < lists.length;
  }, signal, 'index');
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
