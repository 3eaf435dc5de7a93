// The page's main-thread tasks from Chromium's own trace (CDP Tracing): for each task its
// wall time and the CPU time the thread really ran (trace events' `tdur`). On a shared
// machine a task's wall time includes the time the thread waited for a core; its CPU
// time does not, so a budget on CPU time holds however busy the machine is, while the
// ratio wall/CPU over the busy tasks says how much the machine stretched them. Also the
// page's "concessions:*" User Timing measures (web/timing.js), on the same clock.

// RunTask: one event per main-thread task, microtasks included, as DevTools shows them.
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * Starts tracing `page`; resolves to {stop()}, which resolves to {tasks, measures}:
 * tasks [{start, wall, cpu}] on the renderer main thread that recorded the measures,
 * measures [{name, start, duration}], times in ms on the page's performance.now() clock.
 */
export async function traceMainThread(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value) if (e.name === 'RunTask' || e.cat === 'blink.user_timing') events.push(e);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return mainThreadTasks(events);
    },
  };
}

function mainThreadTasks(events) {
  const prefix = 'concessions:';
  const begins = events.filter((e) => e.ph === 'b' && e.name.startsWith(prefix) && typeof e.args?.startTime === 'number');
  if (begins.length === 0) return { tasks: [], measures: [] };
  const { pid, tid } = begins[0];
  // Trace time (µs) to performance.now() (ms): a measure's begin event carries both.
  const offset = begins[0].ts / 1000 - begins[0].args.startTime;
  const toPage = (ts) => ts / 1000 - offset;
  // Begin and end events pair up by name and id, in order (ids are reused).
  const open = new Map();
  const measures = [];
  const marks = events.filter((e) => (e.ph === 'b' || e.ph === 'e') && e.name.startsWith(prefix)).sort((a, b) => a.ts - b.ts);
  for (const e of marks) {
    const key = `${e.name} ${e.id2?.local ?? e.id}`;
    if (e.ph === 'b') {
      if (!open.has(key)) open.set(key, []);
      open.get(key).push(e);
      continue;
    }
    const b = open.get(key)?.shift();
    if (b && typeof b.args?.startTime === 'number') measures.push({ name: b.name, start: b.args.startTime, duration: (e.ts - b.ts) / 1000 });
  }
  measures.sort((a, b) => a.start - b.start);
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid)
    .map((e) => ({ start: toPage(e.ts), wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 }))
    .sort((a, b) => a.start - b.start);
  return { tasks, measures };
}

/**
 * How much the machine stretched the busy tasks in `tasks` (wall/CPU summed over tasks
 * of at least `minWall` ms), at least 1: 1 on a machine that runs nothing else, 1.4–3.5
 * measured for the 5 MB paste on a shared 2-core machine.
 */
export function stretchFactor(tasks, minWall = 5) {
  const busy = tasks.filter((t) => t.wall >= minWall);
  const wall = busy.reduce((s, t) => s + t.wall, 0);
  const cpu = busy.reduce((s, t) => s + t.cpu, 0);
  return cpu > 0 ? Math.max(1, wall / cpu) : 1;
}
