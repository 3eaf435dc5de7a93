// Progress of one analysis: a bar, a line of text and a Cancel button (Esc works too).
// The analyzer reports nothing while it runs (one synchronous WebAssembly call), so the bar
// follows the expected time, from the speed measured on earlier texts, until the result
// arrives; then receiving and drawing report real steps. Short runs show no bar at all.
import { describeSize } from './dom.js';

// Runs shorter than this never show the bar (no flicker while typing).
const SHOW_AFTER_MS = 400;
// Shares of the bar: analysis up to 80 %, receiving the result up to 95 %, then drawing.
const ANALYZED = 0.8;
const RECEIVED = 0.95;

export function createProgress({ row, bar, label, cancel }) {
  let run = null;
  let timer = 0;

  const render = () => {
    if (!run) return;
    const elapsed = performance.now() - run.started;
    if (elapsed < SHOW_AFTER_MS) return;
    row.hidden = false;
    if (run.phase === 'analyzing') {
      const share = Math.min(elapsed / run.expectedMs, 0.97);
      bar.value = share * ANALYZED;
      const left = Math.max(1, Math.round((run.expectedMs - elapsed) / 1000));
      label.textContent = `Analyzing ${describeSize(run.length)}… ${share < 0.97 ? `about ${left} s left` : 'almost done'}`;
    } else if (run.phase === 'receiving') {
      bar.value = ANALYZED + (RECEIVED - ANALYZED) * (run.done / run.total);
      label.textContent = 'Receiving the result…';
    } else if (run.phase === 'drawing') {
      bar.value = RECEIVED;
      label.textContent = 'Drawing the highlights…';
    } else {
      bar.removeAttribute('value'); // indeterminate
      label.textContent = 'Waiting for the analyzer…';
    }
  };

  const onKey = (e) => {
    if (e.key === 'Escape' && run) run.onCancel();
  };
  cancel.addEventListener('click', () => run?.onCancel());
  document.addEventListener('keydown', onKey);

  return {
    /** A run over `length` code units begins; onCancel() is called by Cancel / Esc. */
    start(length, expectedMs, onCancel) {
      clearInterval(timer);
      run = { length, expectedMs: Math.max(expectedMs, 1), onCancel, started: performance.now(), phase: 'queued', done: 0, total: 1 };
      timer = setInterval(render, 200);
    },
    /** analysis-client.js progress: {phase, done, total}; or {phase: 'drawing'}. */
    update(step) {
      if (!run) return;
      Object.assign(run, step);
      render();
    },
    stop() {
      clearInterval(timer);
      run = null;
      row.hidden = true;
    },
  };
}
