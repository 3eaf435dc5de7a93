// Cooperative scheduling on the page's main thread. A task longer than 50 ms delays input
// and painting (it is a "long task"); work that can grow with the text (drawing a long
// article, building lists, serializing an export) runs in slices of a few milliseconds
// and yields to the browser between them.
import { measureSince } from './timing.js';

/** Milliseconds of work per slice: well inside the 50 ms budget on a slow machine. */
export const SLICE_MS = 8;

// MessageChannel rather than setTimeout(0), which browsers clamp to 4 ms when nested.
let channel = null;
const waiting = [];

/** Resolves in a later task, after pending input and rendering had their turn. */
export function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the browser has drawn a frame (or after 100 ms, for a page in the
 * background, which draws none): work split across frames has its layout split too.
 */
export function nextFrame() {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/**
 * Calls step() until it returns false, yielding whenever a slice has used SLICE_MS.
 * Rejects with the signal's reason once `signal` is aborted. With `name`, each slice is
 * recorded as a measure "concessions:<name>" (timing.js).
 */
export async function runSliced(step, signal, name) {
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    if (!step()) break;
    if (performance.now() - sliceStart >= SLICE_MS) {
      if (name) measureSince(name, sliceStart);
      await nextTask();
      sliceStart = performance.now();
    }
  }
  if (name) measureSince(name, sliceStart);
}

/** Calls each(item) for every item, in slices (see runSliced). */
export function forEachSliced(items, each, signal) {
  let i = 0;
  return runSliced(() => {
    if (i >= items.length) return false;
    each(items[i], i);
    i++;
    return true;
  }, signal);
}
