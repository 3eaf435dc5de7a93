// The page's own main-thread work, timed: each step that could grow with the text (the
// paste handler, putting a text in, sending it to the Worker, receiving a part of the
// result, building a view, drawing a slice of the text) leaves a User Timing measure named
// "concessions:<step>" (performance.getEntriesByType('measure'), a PerformanceObserver of
// type 'measure', or the DevTools performance panel). Each must stay well inside the
// long-task limit of 50 ms; the browser tests assert it.

export const MEASURE_PREFIX = 'concessions:';

// The measures are kept in the page's performance buffer; past this many, the oldest go
// (observers have had them already), so a page open for a day does not grow.
const KEEP = 2_000;
const names = new Set();
let kept = 0;

/** Records "concessions:<step>": options as for performance.measure ({start, end} or {start, duration}, detail). */
export function measure(step, options) {
  const name = MEASURE_PREFIX + step;
  if (++kept > KEEP) {
    for (const old of names) performance.clearMeasures(old);
    kept = 1;
  }
  names.add(name);
  performance.measure(name, options);
}

/** Records "concessions:<step>" from `start` (a performance.now() time) to now. */
export function measureSince(step, start, detail) {
  measure(step, { start, end: performance.now(), detail });
}

/** Runs fn(), recording its duration as "concessions:<step>"; returns what fn returns. */
export function timed(step, fn) {
  const start = performance.now();
  try {
    return fn();
  } finally {
    measureSince(step, start);
  }
}
