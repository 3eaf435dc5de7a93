// The highlighted text: sentences (span.sentence), entity mentions (mark.entity) and event
// triggers (span.trigger), nested in that order (spans.js). A long text is drawn in blocks
// of about BLOCK code units, each cut after a line break and laid out by the browser only
// when scrolled into view (.text-block has content-visibility: auto), a few blocks per
// frame (schedule.js), and only DRAW_STEP code units at a time: the whole of a 5 MB
// article would be hundreds of thousands of elements. Elements carry the data-*
// attributes that embedding sites style and test against.
import { h } from './dom.js';
import { describeEntity, eventTypeLabel } from './labels.js';
import { disjoint, lowerBound, nestRangesIn, overlapping } from './spans.js';
import { nextFrame, nextTask } from './schedule.js';
import { timed } from './timing.js';

/** Code units drawn at first, and at each "draw more". */
export const DRAW_STEP = 200_000;
// The highlights are gathered and sorted for this many code units at a time, each in a
// task of its own (a few milliseconds; 200,000 at once took 20–60 ms on the page).
const WINDOW = 50_000;
const BLOCK = 4_000;
// Blocks added per frame. Chromium lays out and paints a new content-visibility: auto block
// once before it knows the block is off screen: the blocks of one 8 ms slice (3 to 5) drawn
// in one frame made it a 40-50 ms task on the 5 MB paste; two per frame keep it near 20.
const BLOCKS_PER_FRAME = 2;
// How far past a block's nominal end to look for a line break, then for a space.
const SLACK = 2_000;

/**
 * Prepares to draw `text` with the highlights of `index` (labels.js indexAnalysis) into
 * `container`, which it empties. Returns {drawnTo, length, drawTo(position)}: drawTo()
 * draws on to at least `position` (to the end of a block) and resolves when done; calls
 * queue behind each other. Aborting `signal` stops drawing (drawTo rejects).
 */
export function createTextDrawing(container, text, index, { signal } = {}) {
  container.replaceChildren();
  let drawnTo = 0;
  let work = Promise.resolve();

  async function draw(to) {
    const end = blockEnd(text, Math.min(to, text.length));
    // Window by window, so that no single step sorts more than WINDOW's ranges.
    while (drawnTo < end) {
      await nextTask();
      signal?.throwIfAborted();
      const windowEnd = Math.min(blockEnd(text, drawnTo + WINDOW), end);
      const layers = timed('draw-window', () => collectLayers(text, index, drawnTo, windowEnd));
      await nextTask();
      while (drawnTo < windowEnd) {
        signal?.throwIfAborted();
        timed('draw-slice', () => {
          for (let n = 0; n < BLOCKS_PER_FRAME && drawnTo < windowEnd; n++) drawBlock(layers, windowEnd);
        });
        if (drawnTo < end) await nextFrame();
      }
    }
  }

  // Draws the next block, up to windowEnd at most, from the window's layers.
  function drawBlock(layers, windowEnd) {
    const next = Math.min(blockEnd(text, drawnTo + BLOCK), windowEnd);
    const parts = layers.map((layer) => overlapping(layer, drawnTo, next));
    const block = h('div', { class: 'text-block' });
    block.append(...nestRangesIn(drawnTo, next, parts).map((node) => toDom(text, node)));
    container.append(block);
    drawnTo = next;
  }

  const drawing = {
    get drawnTo() {
      return drawnTo;
    },
    length: text.length,
    drawTo(position) {
      work = work.then(() => draw(position));
      return work;
    },
  };
  return drawing;
}

// A block ends after a line break near `pos` (a div ending in "\n" looks the same as the
// text it cuts), else after a space, else at `pos` itself in text without either.
function blockEnd(text, pos) {
  if (pos >= text.length) return text.length;
  const ahead = text.slice(pos, pos + SLACK);
  const lineBreak = ahead.indexOf('\n');
  if (lineBreak >= 0) return pos + lineBreak + 1;
  const space = ahead.indexOf(' ');
  return space >= 0 ? pos + space + 1 : pos;
}

// The three layers, restricted to [from, to): only what is about to be drawn is sorted.
function collectLayers(text, index, from, to) {
  const { analysis } = index;
  const sentences = analysis.sentences;
  const first = lowerBound(sentences, (s) => s.end > from);
  const last = lowerBound(sentences, (s) => s.start >= to, first);
  const sentenceRanges = [];
  for (let i = first; i < last; i++) sentenceRanges.push({ ...sentences[i], index: i });

  // Each entity's mentions are sorted and disjoint: a binary search finds the first.
  const mentions = [];
  for (const entity of analysis.entities) {
    const list = entity.mentions;
    for (let i = lowerBound(list, (m) => m.end > from); i < list.length && list[i].start < to; i++) {
      mentions.push({ start: list[i].start, end: list[i].end, entity });
    }
  }
  // Several events can share one trigger word: one element lists them all.
  const triggers = new Map();
  for (const event of analysis.events) {
    const { start, end } = event.trigger;
    if (end <= from || start >= to) continue;
    const key = `${start}:${end}`;
    if (!triggers.has(key)) triggers.set(key, { start, end, events: [] });
    triggers.get(key).events.push(event);
  }
  return [sentenceRanges, mentions, [...triggers.values()]].map((layer) => disjoint(layer, text.length));
}

const MAKERS = [makeSentence, (range) => makeMention(range.entity), makeTrigger];

function toDom(text, node) {
  if (node.layer === undefined) return document.createTextNode(text.slice(node.start, node.end));
  const el = MAKERS[node.layer](node.range);
  el.append(...node.children.map((child) => toDom(text, child)));
  return el;
}

function makeSentence(sentence) {
  return h('span', { class: 'sentence', 'data-sentence': sentence.index, 'data-start': sentence.start, 'data-end': sentence.end });
}

function makeMention(entity) {
  return h('mark', {
    class: 'entity',
    part: `mention mention-${entity.type.toLowerCase()}`,
    'data-entity-type': entity.type,
    'data-entity-id': entity.id,
    title: describeEntity(entity),
  });
}

function makeTrigger(trigger) {
  const title = trigger.events.map((v) => `${eventTypeLabel(v.type)}${v.negated ? ' (negated)' : ''}: ${v.what ?? ''}`).join('\n');
  return h('span', { class: 'trigger', part: 'trigger', 'data-trigger-for': trigger.events.map((v) => v.id).join(' '), title });
}
