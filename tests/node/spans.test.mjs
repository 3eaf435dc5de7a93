// The renderer's range nesting (web/spans.js), without a browser: sentences contain
// mentions contain triggers, and anything that crosses an outer boundary is split.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disjoint, nestRanges } from '../../web/spans.js';

// A compact picture of a tree: text leaves as "start-end", nodes as "L<layer>[...]".
function show(nodes) {
  return nodes.map((n) => (n.layer === undefined ? `${n.start}-${n.end}` : `L${n.layer}(${n.start}-${n.end})[${show(n.children)}]`)).join(' ');
}

test('disjoint sorts, clamps, cuts overlaps and drops empty ranges', () => {
  const out = disjoint([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 6 }, { start: 7, end: 7 }, { start: 8, end: 40 }], 20);
  assert.deepEqual(out.map((r) => [r.start, r.end]), [[0, 3], [3, 6], [6, 9], [9, 20]]);
});

test('disjoint keeps the longer of two ranges that start together, and copies', () => {
  const input = [{ start: 0, end: 2, id: 'short' }, { start: 0, end: 5, id: 'long' }];
  assert.deepEqual(disjoint(input, 10).map((r) => r.id), ['long']);
  assert.equal(input[0].end, 2);
});

test('no ranges: one text leaf; empty text: nothing', () => {
  assert.equal(show(nestRanges(10, [[], []])), '0-10');
  assert.deepEqual(nestRanges(0, [[{ start: 0, end: 0 }]]), []);
});

test('a trigger inside a mention nests in it; one outside sits beside it', () => {
  const sentences = [{ start: 0, end: 20 }];
  const mentions = [{ start: 2, end: 8 }];
  const triggers = [{ start: 4, end: 6 }, { start: 10, end: 14 }];
  assert.equal(show(nestRanges(22, [sentences, mentions, triggers])),
    'L0(0-20)[0-2 L1(2-8)[2-4 L2(4-6)[4-6] 6-8] 8-10 L2(10-14)[10-14] 14-20] 20-22');
});

test('a range that crosses an outer boundary is split into pieces', () => {
  const sentences = [{ start: 0, end: 5 }, { start: 5, end: 10 }];
  const mentions = [{ start: 3, end: 7, id: 'm' }];
  const tree = nestRanges(10, [sentences, mentions]);
  assert.equal(show(tree), 'L0(0-5)[0-3 L1(3-5)[3-5]] L0(5-10)[L1(5-7)[5-7] 7-10]');
  assert.equal(tree[0].children[1].range, tree[1].children[0].range, 'both pieces refer to the same mention');
});

test('leaves cover the text in order, without gaps', () => {
  const layers = [
    disjoint([{ start: 0, end: 30 }, { start: 31, end: 60 }], 64),
    disjoint([{ start: 5, end: 12 }, { start: 28, end: 35 }, { start: 40, end: 41 }], 64),
    disjoint([{ start: 10, end: 14 }, { start: 40, end: 41 }, { start: 50, end: 70 }], 64),
  ];
  const leaves = [];
  const walk = (nodes) => nodes.forEach((n) => (n.layer === undefined ? leaves.push(n) : walk(n.children)));
  walk(nestRanges(64, layers));
  let pos = 0;
  for (const leaf of leaves) {
    assert.equal(leaf.start, pos);
    assert.ok(leaf.end > leaf.start);
    pos = leaf.end;
  }
  assert.equal(pos, 64);
});
