// Nesting of highlight ranges, without the DOM: the renderer draws sentences, entity
// mentions and event triggers as nested elements, but the analysis gives them as flat
// [start, end) ranges that need not nest (a trigger may sit inside a mention or beside
// it; nothing stops a range from crossing a sentence end). nestRanges() splits inner
// ranges at outer boundaries so every piece nests, and fills the gaps with text leaves.

/**
 * Makes ranges of one layer disjoint: sorted by start, clamped to [0, length], an overlap
 * cut off the later range, empty ranges dropped. Ranges are objects with numeric `start`
 * and `end`; the returned objects are shallow copies, the inputs are not changed.
 */
export function disjoint(ranges, length) {
  const sorted = ranges
    .map((r) => ({ ...r, start: clamp(r.start, length), end: clamp(r.end, length) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let pos = 0;
  for (const r of sorted) {
    r.start = Math.max(r.start, pos);
    if (r.end <= r.start) continue;
    out.push(r);
    pos = r.end;
  }
  return out;
}

/**
 * Builds the tree of a text of `length` code units from `layers`, outermost first; each
 * layer is an array of disjoint ranges sorted by start (see disjoint()). Returns the
 * root's children: text leaves `{start, end}` and nodes `{layer, range, start, end,
 * children}`, where start/end is the part of `range` inside the parent (a range that
 * crosses an outer boundary yields one node per piece, all with the same `range`).
 * Leaves and nodes cover [0, length) in order, without gaps.
 */
export function nestRanges(length, layers) {
  return nestRangesIn(0, length, layers);
}

/**
 * nestRanges() for the part [from, to) of a text: the text view draws a long text in
 * blocks, each from the ranges that overlap it (see overlapping()). Ranges that reach
 * outside [from, to) are cut at its ends.
 */
export function nestRangesIn(from, to, layers) {
  // Positions only move forward, so each layer keeps one cursor: linear time overall.
  const cursors = layers.map(() => 0);

  function fill(out, start, end, depth) {
    if (start >= end) return;
    if (depth === layers.length) {
      out.push({ start, end });
      return;
    }
    const ranges = layers[depth];
    let i = cursors[depth];
    while (i < ranges.length && ranges[i].end <= start) i++;
    let pos = start;
    while (i < ranges.length && ranges[i].start < end) {
      const range = ranges[i];
      const pieceStart = Math.max(range.start, pos);
      const pieceEnd = Math.min(range.end, end);
      fill(out, pos, pieceStart, depth + 1);
      const node = { layer: depth, range, start: pieceStart, end: pieceEnd, children: [] };
      fill(node.children, pieceStart, pieceEnd, depth + 1);
      out.push(node);
      pos = pieceEnd;
      if (range.end > end) break; // the rest of this range belongs to the next parent
      i++;
    }
    cursors[depth] = i;
    fill(out, pos, end, depth + 1);
  }

  const root = [];
  fill(root, from, to, 0);
  return root;
}

/**
 * The ranges of a disjoint, sorted layer that overlap [from, to), as a slice found by
 * binary search (so drawing block after block of a long text stays linear overall).
 */
export function overlapping(ranges, from, to) {
  // In a disjoint layer sorted by start, the ends are sorted too.
  const first = lowerBound(ranges, (r) => r.end > from);
  const last = lowerBound(ranges, (r) => r.start >= to, first);
  return ranges.slice(first, last);
}

/** The first index from `lo` at which `past(item)` holds, for a predicate false then true. */
export function lowerBound(items, past, lo = 0) {
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function clamp(n, length) {
  return Math.min(Math.max(Number.isFinite(n) ? n : 0, 0), length);
}
