// Moving a large analysis from the Worker to the page in pieces. postMessage clones data on
// the receiving side in one go: the analysis of a 5 MB article (about 100,000 mentions and
// 26,000 events) took over half a second to clone, a long task on the page. Sent as parts
// of at most PART_WEIGHT small objects, each message takes milliseconds to receive and the
// page stays responsive between them. Small analyses travel whole.

/** Objects (sentences, mentions, events…) per message; a few milliseconds to clone. */
export const PART_WEIGHT = 2_000;

// The arrays that grow with the text, by their path in the analysis.
const LISTS = [
  [['sentences'], () => 1],
  [['entities'], (e) => 1 + e.mentions.length],
  [['events'], (v) => 4 + (v.qualifiers?.length ?? 0) + (v.conditions?.length ?? 0)],
  [['summary', 'points'], (p) => 1 + (p.events?.length ?? 0)],
  [['summary', 'by_actor'], (row) => 1 + Object.values(row).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0)],
];

const at = (object, path) => path.reduce((o, key) => o?.[key], object);

/**
 * Splits `analysis` for sending: returns {skeleton, parts}, where skeleton is the analysis
 * with its long arrays emptied and parts is a list of {path, items} that joinParts() appends
 * back in order. An analysis lighter than `weight` objects comes back whole, with no parts.
 */
export function splitAnalysis(analysis, weight = PART_WEIGHT) {
  const lists = LISTS.filter(([path]) => Array.isArray(at(analysis, path)));
  const total = lists.reduce((n, [path, w]) => n + at(analysis, path).reduce((m, item) => m + w(item), 0), 0);
  if (total <= weight) return { skeleton: analysis, parts: [] };

  const skeleton = { ...analysis, summary: analysis.summary && { ...analysis.summary } };
  for (const [path] of lists) at(skeleton, path.slice(0, -1))[path.at(-1)] = [];
  const parts = [];
  for (const [path, w] of lists) {
    let batch = [];
    let load = 0;
    const flush = () => {
      if (batch.length) parts.push({ path, items: batch });
      batch = [];
      load = 0;
    };
    at(analysis, path).forEach((item, i) => {
      // An entity with more mentions than a part holds goes first without them, then
      // its mentions follow in parts of their own.
      if (path[0] === 'entities' && item.mentions.length > weight) {
        batch.push({ ...item, mentions: [] });
        flush();
        for (let m = 0; m < item.mentions.length; m += weight) {
          parts.push({ path: ['entities', i, 'mentions'], items: item.mentions.slice(m, m + weight) });
        }
        return;
      }
      batch.push(item);
      load += w(item);
      if (load >= weight) flush();
    });
    flush();
  }
  return { skeleton, parts };
}

/**
 * Rebuilds an analysis from the parts as they arrive: add(part) appends its items (so
 * the work is spread over the messages, not done at the end), finish(skeleton) puts the
 * collected arrays into the skeleton and returns it.
 */
export function createJoiner() {
  const collected = {};
  return {
    add({ path, items }) {
      // The first part of a list creates it; an entity's mentions go to that entity.
      let list = at(collected, path);
      if (!list) {
        let parent = collected;
        for (const key of path.slice(0, -1)) parent = parent[key] ??= {};
        list = parent[path.at(-1)] = [];
      }
      for (const item of items) list.push(item);
    },
    finish(skeleton) {
      for (const [path] of LISTS) {
        const list = at(collected, path);
        if (list) at(skeleton, path.slice(0, -1))[path.at(-1)] = list;
      }
      return skeleton;
    },
  };
}

/** Appends each part's items to the array at its path in `skeleton`; returns skeleton. */
export function joinParts(skeleton, parts) {
  const joiner = createJoiner();
  for (const part of parts) joiner.add(part);
  return joiner.finish(skeleton);
}
