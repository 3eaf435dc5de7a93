#!/usr/bin/env node
// The benchmark: ours (native and WebAssembly) side by side with compromise and wink-nlp, in
// one run, on the same texts; see bench/README.md.
//
//   node bench/run.mjs [--native DIR] [--site DIR] [--quick] [--only PARTS] [--out FILE] ...
//
// Prints the tables and writes everything measured to bench/results/latest.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEV_DIR, MB, SHAPES, SIZES, generateTexts } from './gen-texts.mjs';
import { peerSizes, siteSizes } from './sizes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const EXAMPLE = join(DEV_DIR, '00_seed.txt');

// ---------------------------------------------------------------------------------------------
// Options

const HELP = `usage: node bench/run.mjs [options]
  --native DIR        native build to measure (default build/native; env CONCESSIONS_BENCH_NATIVE):
                      its bench/concessions_bench if the build has one, else bench/native_bench.cc
                      compiled against DIR's libconcessions_core.a and libconcessions_lexicon.a
  --site DIR          built site to measure (default build/site; env CONCESSIONS_BENCH_SITE)
  --texts DIR         where the generated texts go (default build/bench-texts)
  --out FILE          results JSON (default bench/results/latest.json)
  --only LIST         comma-separated parts: example,corpus,memory,scaling,instructions,browser,sizes
                      (default all; instructions needs valgrind and is left out by --quick)
  --quick             a short run: fewer rounds, no 10 MB texts, no instruction counts,
                      5 navigations, a 1 MB paste
  --rounds N          interleaved rounds for the example article (default 7)
  --max-run-seconds S skip a single call projected to take longer (default 120)
  --no-peers          ours only
  --help`;

function parseArgs(argv) {
  const o = {
    native: process.env.CONCESSIONS_BENCH_NATIVE ?? 'build/native',
    site: process.env.CONCESSIONS_BENCH_SITE ?? 'build/site',
    texts: 'build/bench-texts',
    out: 'bench/results/latest.json',
    only: null,
    quick: false,
    rounds: 7,
    maxRunSeconds: 120,
    peers: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--native') o.native = val();
    else if (a === '--site') o.site = val();
    else if (a === '--texts') o.texts = val();
    else if (a === '--out') o.out = val();
    else if (a === '--only') o.only = new Set(val().split(','));
    else if (a === '--quick') o.quick = true;
    else if (a === '--rounds') o.rounds = Number(val());
    else if (a === '--max-run-seconds') o.maxRunSeconds = Number(val());
    else if (a === '--no-peers') o.peers = false;
    else if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else die(`unknown option ${a}\n${HELP}`);
  }
  if (o.quick && o.rounds === 7) o.rounds = 3;
  for (const k of ['native', 'site', 'texts', 'out']) o[k] = resolve(ROOT, o[k]);
  return o;
}

function die(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const log = (...a) => console.error(...a);
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? null : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const mbps = (bytes, ms) => (ms > 0 ? bytes / MB / (ms / 1000) : null);

// ---------------------------------------------------------------------------------------------
// The native harness: bench/concessions_bench from the build (CONCESSIONS_BUILD_BENCH), or
// bench/native_bench.cc compiled here against the build's static libraries.

function nativeHarness(nativeDir) {
  const built = join(nativeDir, 'bench', 'concessions_bench');
  if (existsSync(built)) return { path: built, how: 'built by CMake (CONCESSIONS_BUILD_BENCH)' };
  const core = join(nativeDir, 'core', 'libconcessions_core.a');
  const lexicon = join(nativeDir, 'libconcessions_lexicon.a');
  if (!existsSync(core) || !existsSync(lexicon)) {
    die(`no native build in ${nativeDir} (need core/libconcessions_core.a and libconcessions_lexicon.a): ` +
      'run `cmake --workflow --preset native` or pass --native DIR');
  }
  const source = join(HERE, 'native_bench.cc');
  const tag = relative(ROOT, nativeDir).replace(/[^\w.-]+/g, '_') || 'root';
  const out = join(ROOT, 'build', 'bench-harness', tag, 'concessions_bench');
  const newest = Math.max(...[source, core, lexicon, join(ROOT, 'core/include/concessions/analyze.h')].map((f) => statSync(f).mtimeMs));
  if (!existsSync(out) || statSync(out).mtimeMs < newest) {
    mkdirSync(dirname(out), { recursive: true });
    const cxx = process.env.CXX ?? 'c++';
    const args = ['-O2', '-std=c++17', '-DNDEBUG', `-I${join(ROOT, 'core/include')}`, source, core, lexicon, '-o', out];
    log(`compiling the native harness: ${cxx} ${args.map((a) => relative(ROOT, a) || a).join(' ')}`);
    const r = spawnSync(cxx, args, { stdio: 'inherit' });
    if (r.status !== 0) die('could not compile bench/native_bench.cc');
  }
  return { path: out, how: `bench/native_bench.cc linked against ${relative(ROOT, core)}` };
}

// ---------------------------------------------------------------------------------------------
// Engines: long-lived child processes answering one JSON line per request.

class Engine {
  constructor(name, command, args, { timeoutMs = 900_000 } = {}) {
    this.name = name;
    this.timeoutMs = timeoutMs;
    this.proc = spawn(command, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-4000); });
    this.lines = [];
    this.waiters = [];
    this.dead = null;
    createInterface({ input: this.proc.stdout }).on('line', (line) => {
      const w = this.waiters.shift();
      if (w) w.ok(line);
      else this.lines.push(line);
    });
    this.proc.on('exit', (code, signal) => {
      this.dead = `exited (${signal ?? code})${this.stderr ? `: ${this.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`;
      for (const w of this.waiters.splice(0)) w.fail(new Error(`${this.name} ${this.dead}`));
    });
  }

  next(timeoutMs = this.timeoutMs) {
    if (this.lines.length) return Promise.resolve(JSON.parse(this.lines.shift()));
    if (this.dead) return Promise.reject(new Error(`${this.name} ${this.dead}`));
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => {
        this.kill();
        fail(new Error(`${this.name}: no answer after ${timeoutMs / 1000} s (stopped)`));
      }, timeoutMs);
      this.waiters.push({ ok: (l) => { clearTimeout(timer); ok(JSON.parse(l)); }, fail: (e) => { clearTimeout(timer); fail(e); } });
    });
  }

  async request(req, timeoutMs) {
    if (this.dead) throw new Error(`${this.name} ${this.dead}`);
    this.proc.stdin.write(`${this.format(req)}\n`);
    return this.next(timeoutMs);
  }

  format(req) {
    return JSON.stringify(req);
  }

  kill() {
    if (!this.dead) this.proc.kill('SIGKILL');
  }

  close() {
    this.proc.stdin.end();
  }
}

class NativeEngine extends Engine {
  format(req) {
    return `${req.warmup ?? 0} ${req.runs ?? 1} ${req.maxSeconds ?? 0} ${req.times ? 1 : 0} ${req.file}`;
  }
}

const ENGINE_LABELS = { native: 'ours, native', wasm: 'ours, WebAssembly (Node)', compromise: 'compromise 14.17 + dates', wink: 'wink-nlp 2.4 + lite model' };

async function startEngine(name, o, harness) {
  const e = name === 'native'
    ? new NativeEngine(name, harness.path, ['--serve'])
    : new Engine(name, process.execPath, [join(HERE, 'engine.mjs'), name, o.site]);
  const first = await e.next(120_000);
  if (first.error) throw new Error(`${name}: ${first.error}`);
  return { engine: e, load: first };
}

// ---------------------------------------------------------------------------------------------
// The parts

// The example article, interleaved: in each round every engine gets the same time slice, so a
// busy neighbour slows all of them alike; the median is over every timed call of all rounds.
async function measureExample(engines, o) {
  const slice = o.quick ? 0.5 : 1;
  const times = Object.fromEntries(Object.keys(engines).map((n) => [n, []]));
  const extra = {};
  for (let round = 0; round < o.rounds; round++) {
    for (const [name, { engine }] of Object.entries(engines)) {
      const r = await engine.request({ file: EXAMPLE, warmup: round === 0 ? (name === 'compromise' ? 20 : 200) : 0, runs: 100000, maxSeconds: slice, times: true, counts: round === 0 });
      if (r.error) throw new Error(`${name}: ${r.error}`);
      times[name].push(...r.times_ms);
      if (round === 0) extra[name] = { bytes: r.bytes, counts: r.counts, output_bytes: r.output_bytes };
      extra[name].max_rss_kb = r.max_rss_kb;
      if (r.heap_bytes != null) extra[name].heap_bytes = r.heap_bytes;
    }
    log(`  round ${round + 1}/${o.rounds}: ${Object.entries(times).map(([n, t]) => `${n} ${median(t).toFixed(3)} ms`).join(', ')}`);
  }
  const out = {};
  for (const [name, t] of Object.entries(times)) {
    const m = median(t);
    out[name] = { ...extra[name], calls: t.length, median_ms: m, min_ms: Math.min(...t), mb_per_s: mbps(extra[name].bytes, m) };
  }
  return out;
}

// Every dev article, engine after engine per article; the corpus time is the sum of medians.
async function measureCorpus(engines, o) {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(DEV_DIR, f));
  const out = Object.fromEntries(Object.keys(engines).map((n) => [n, { files: files.length, bytes: 0, ms: 0, per_file: {} }]));
  for (const file of files) {
    for (const [name, { engine }] of Object.entries(engines)) {
      const r = await engine.request({ file, warmup: 3, runs: 400, maxSeconds: o.quick ? 0.2 : 0.5 });
      if (r.error) throw new Error(`${name}: ${r.error}`);
      out[name].bytes += r.bytes;
      out[name].ms += r.median_ms;
      out[name].per_file[basename(file)] = r.median_ms;
    }
  }
  for (const r of Object.values(out)) r.mb_per_s = mbps(r.bytes, r.ms);
  return out;
}

// Scaling: every shape at every size, one process per engine and shape. A first pass takes the
// sizes in ascending order, one call each (after a warm-up at the smallest): it decides what
// to skip (a call projected, linearly from the size before, to take longer than
// --max-run-seconds) and records each size's peak RSS and WebAssembly heap (which only grows)
// before any larger text ran. Then the sizes are timed interleaved, round after round, so that
// a change in the machine's load slows or speeds every size alike: timed one after another in
// separate processes, the 1 MB / 100 KB ratio came out at 15.9x for 8.2x the instructions.
async function measureScaling(names, o, texts, harness) {
  const sizes = Object.keys(SIZES).filter((s) => !(o.quick && s === '10mb'));
  const rounds = o.quick ? 2 : 3;
  const timeout = (o.maxRunSeconds * 4 + 60) * 1000;
  const out = {};
  for (const shape of SHAPES) {
    out[shape] = {};
    for (const name of names) {
      if (!['native', 'wasm'].includes(name) && shape !== 'varied') continue;
      const row = {};
      const timed = []; // [size, file, runs per round, times]
      let engine = null;
      try {
        ({ engine } = await startEngine(name, o, harness));
        let prev = null;
        for (const size of sizes) {
          const file = texts[`${shape}-${size}`];
          const bytes = statSync(file).size;
          if (prev === null && timed.length) {
            row[size] = { bytes, skipped: 'a smaller size was skipped' };
            continue;
          }
          const projected = prev ? (prev.median_ms * bytes) / prev.bytes / 1000 : 0;
          if (projected > o.maxRunSeconds) {
            row[size] = { bytes, skipped: `projected ≥ ${Math.round(projected)} s per call` };
            prev = null;
            continue;
          }
          const r = await engine.request({ file, warmup: timed.length ? 0 : 2, runs: 1, maxSeconds: 0 }, timeout);
          if (r.error) {
            row[size] = { bytes, error: r.error };
            prev = null;
            continue;
          }
          row[size] = { bytes, max_rss_kb: r.max_rss_kb, heap_bytes: r.heap_bytes };
          // About half a second of calls per size and round, 1 to 5.
          timed.push([size, file, Math.max(1, Math.min(5, Math.round(500 / r.median_ms))), []]);
          prev = r;
        }
        for (let round = 0; round < rounds; round++) {
          for (const [size, file, runs, times] of timed) {
            const r = await engine.request({ file, warmup: 0, runs, maxSeconds: o.maxRunSeconds * runs, times: true }, timeout);
            if (r.error) throw new Error(`${size}: ${r.error}`);
            times.push(...r.times_ms);
          }
        }
        for (const [size, , , times] of timed) {
          const m = median(times);
          Object.assign(row[size], { runs: times.length, median_ms: m, min_ms: Math.min(...times), mb_per_s: mbps(row[size].bytes, m) });
          log(`  ${shape} ${size} ${name}: ${m.toFixed(1)} ms (${times.length} runs)`);
        }
      } catch (err) {
        for (const [size] of timed) if (row[size].median_ms == null) row[size] = { bytes: row[size].bytes, error: err.message };
        if (!timed.length) row[sizes[0]] = { bytes: statSync(texts[`${shape}-${sizes[0]}`]).size, error: err.message };
      } finally {
        engine?.close();
      }
      for (const size of sizes) if (row[size]?.skipped || row[size]?.error) log(`  ${shape} ${size} ${name}: ${row[size].skipped ?? row[size].error}`);
      for (let i = 1; i < sizes.length; i++) {
        const a = row[sizes[i - 1]];
        const b = row[sizes[i]];
        if (a?.median_ms != null && b?.median_ms != null) row[`ratio_${sizes[i]}_${sizes[i - 1]}`] = { size_ratio: b.bytes / a.bytes, time_ratio: b.median_ms / a.median_ms };
      }
      out[shape][name] = row;
    }
  }
  return out;
}

// Instructions (valgrind --tool=callgrind on the native harness, one call, no warm-up): unlike
// times, the counts repeat exactly on a busy machine, so their 100 KB → 1 MB ratio shows any
// superlinear step without noise. (10 MB would take minutes per text under valgrind.)
async function measureInstructions(o, texts, harness) {
  const sizes = ['100kb', '1mb'];
  const out = {};
  for (const shape of SHAPES) {
    const row = {};
    for (const size of sizes) {
      const file = texts[`${shape}-${size}`];
      const r = await new Promise((ok) => {
        const p = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', harness.path, '--warmup', '0', '--runs', '1', file], { cwd: ROOT });
        let err = '';
        p.stderr.on('data', (d) => { err += d; });
        p.on('error', (e) => ok({ error: e.message }));
        p.on('exit', (code) => {
          const m = /Collected\s*:\s*(\d+)/.exec(err);
          ok(m && code === 0 ? { instructions: Number(m[1]) } : { error: `valgrind exited ${code}: ${err.trim().split('\n').slice(-2).join(' | ')}` });
        });
      });
      r.bytes = statSync(file).size;
      if (r.instructions) r.per_byte = r.instructions / r.bytes;
      row[size] = r;
      log(`  ${shape} ${size}: ${r.instructions ? `${(r.instructions / 1e6).toFixed(0)} M instructions (${r.per_byte.toFixed(0)} per byte)` : r.error}`);
      if (r.error) break;
    }
    if (row['1mb']?.instructions && row['100kb']?.instructions) {
      row.ratio_1mb_100kb = { size_ratio: row['1mb'].bytes / row['100kb'].bytes, instruction_ratio: row['1mb'].instructions / row['100kb'].instructions };
    }
    out[shape] = row;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Targets and tables

function evaluateTargets(R) {
  const t = [];
  const ex = R.example;
  const add = (target, measured, holds) => t.push({ target, measured, holds });
  const f = (x, d = 2) => (x == null ? '—' : x.toFixed(d));
  if (ex?.wasm) {
    add('example ≤ 0.15 ms median in WebAssembly', `${f(ex.wasm.median_ms, 3)} ms`, ex.wasm.median_ms <= 0.15);
    if (ex.compromise) add('≥ 100× compromise on the example', `${f(ex.compromise.median_ms / ex.wasm.median_ms, 1)}×`, ex.compromise.median_ms / ex.wasm.median_ms >= 100);
    if (ex.wink) add('≥ 3× wink-nlp on the example', `${f(ex.wink.median_ms / ex.wasm.median_ms, 2)}×`, ex.wink.median_ms / ex.wasm.median_ms >= 3);
  }
  const v = R.scaling?.varied;
  if (v) {
    const thr = (name) => v[name]?.['1mb']?.mb_per_s ?? null;
    if (v.wasm) add('≥ 30 MB/s in WebAssembly (varied 1 MB)', `${f(thr('wasm'))} MB/s`, thr('wasm') != null && thr('wasm') >= 30);
    if (v.native) add('≥ 60 MB/s native (varied 1 MB)', `${f(thr('native'))} MB/s`, thr('native') != null && thr('native') >= 60);
  }
  if (R.scaling) {
    const worst = [];
    let complete = true;
    for (const [shape, engines] of Object.entries(R.scaling)) {
      for (const name of ['native', 'wasm']) {
        const row = engines[name];
        if (!row) continue;
        for (const [k, r] of Object.entries(row)) {
          if (k.startsWith('ratio_')) worst.push({ shape, name, step: k.slice(6).replace('_', '/'), ratio: r.time_ratio });
          else if (r.skipped || r.error) complete = false;
        }
      }
    }
    worst.sort((a, b) => b.ratio - a.ratio);
    const w = worst[0];
    add('10× the text costs ≤ 11× the time (every shape, ours)', w ? `worst ${f(w.ratio, 1)}× (${w.shape}, ${w.name}, ${w.step})${complete ? '' : '; some sizes skipped'}` : '—',
      w ? w.ratio <= 11 && complete : null);
  }
  if (R.instructions) {
    const rows = Object.entries(R.instructions).filter(([, r]) => r.ratio_1mb_100kb);
    const w = rows.sort((a, b) => b[1].ratio_1mb_100kb.instruction_ratio - a[1].ratio_1mb_100kb.instruction_ratio)[0];
    const complete = rows.length === Object.keys(R.instructions).length;
    add('… the same in instructions (callgrind, native, 100 KB → 1 MB)', w ? `worst ${f(w[1].ratio_1mb_100kb.instruction_ratio, 1)}× (${w[0]})${complete ? '' : '; some not measured'}` : '—',
      w ? w[1].ratio_1mb_100kb.instruction_ratio <= 11 && complete : null);
  }
  if (R.sizes) add('everything index.html loads ≤ 300 KB gzip', `${f(R.sizes.site.total.gzip / 1024, 1)} KB`, R.sizes.site.total.gzip <= 300 * 1024);
  if (R.browser?.navigation) add('navigation to first result ≤ 300 ms', `${f(R.browser.navigation.median_ms, 0)} ms`, R.browser.navigation.median_ms <= 300);
  if (R.scaling) {
    let worst = null;
    for (const engines of Object.values(R.scaling)) {
      for (const [k, r] of Object.entries(engines.wasm ?? {})) {
        if (k.startsWith('ratio_') || r.heap_bytes == null) continue;
        const limit = 10 * r.bytes + 16 * MB;
        if (!worst || r.heap_bytes / limit > worst.heap_bytes / worst.limit) worst = { ...r, limit };
      }
    }
    if (worst) add('WebAssembly memory ≤ 10 B per input byte + 16 MB', `worst ${f(worst.heap_bytes / MB, 0)} MB for ${f(worst.bytes / MB, 2)} MB (limit ${f(worst.limit / MB, 0)} MB)`, worst.heap_bytes <= worst.limit);
  }
  if (R.memory?.leak) {
    const l = R.memory.leak;
    add('no WebAssembly memory growth across 10,000 calls', `${l.heap_before_bytes / MB} → ${l.heap_after_bytes / MB} MB`, l.heap_after_bytes === l.heap_before_bytes);
  }
  if (R.sizes?.peers && R.sizes.site) {
    const both = (R.sizes.peers.compromise?.gzip ?? 0) + (R.sizes.peers.wink?.gzip ?? 0);
    add('smaller than compromise and wink-nlp together (gzip)', `${f(R.sizes.site.total.gzip / 1024, 0)} KB vs ${f(both / 1024, 0)} KB`, R.sizes.site.total.gzip < both);
  }
  return t;
}

function table(headers, rows, align) {
  const cells = [headers, ...rows].map((r) => r.map((c) => (c == null ? '—' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? ':' : '-') + '-'.repeat(w) + ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? '-' : ':')).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

const fx = (x, d = 2) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(d));
const fms = (x) => (x == null ? '—' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const fkb = (b) => (b == null ? '—' : `${(b / 1024).toFixed(1)} KB`);
const fmb = (b) => (b == null ? '—' : `${(b / MB).toFixed(1)} MB`);
const rssMb = (kb) => (kb == null ? '—' : `${(kb / 1024).toFixed(0)} MB`);

function formatCounts(c) {
  if (!c) return '—';
  return Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
}

function render(R) {
  const out = [];
  const names = R.engines;
  const ours = 'wasm';
  out.push(`# Benchmark ${R.date} · node ${R.env.node} · ${R.env.cpus} CPUs (${R.env.cpu}) · load ${R.env.loadavg_start.map((x) => x.toFixed(1)).join(' ')}`);
  out.push(`native: ${R.env.native_harness} · site: ${relative(ROOT, R.env.site) || '.'} · ratios are "peer time ÷ ours (WebAssembly)": how many times faster ours is`);

  if (R.example) {
    out.push('', `## Example article (${basename(EXAMPLE)}, ${R.example.wasm?.bytes ?? R.example.native?.bytes} bytes): median of every call in ${R.options.rounds} interleaved rounds, after warm-up`);
    out.push(table(['engine', 'ms / article', 'MB/s', 'calls', 'load ms', 'peak RSS', '× ours', 'found in it'],
      names.filter((n) => R.example[n]).map((n) => {
        const e = R.example[n];
        return [ENGINE_LABELS[n], fms(e.median_ms), fx(e.mb_per_s), e.calls, fms(R.load[n]?.ms), rssMb(e.max_rss_kb),
          R.example[ours] ? fx(e.median_ms / R.example[ours].median_ms) : '—', formatCounts(e.counts)];
      }), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l']));
  }
  if (R.corpus) {
    const first = Object.values(R.corpus)[0];
    out.push('', `## Dev corpus (${first.files} articles, ${(first.bytes / 1024).toFixed(1)} KB): sum of per-article medians`);
    out.push(table(['engine', 'ms', 'MB/s', '× ours'], names.filter((n) => R.corpus[n]).map((n) => [ENGINE_LABELS[n], fms(R.corpus[n].ms), fx(R.corpus[n].mb_per_s),
      R.corpus[ours] ? fx(R.corpus[n].ms / R.corpus[ours].ms) : '—'])));
  }
  if (R.scaling) {
    const sizes = Object.keys(SIZES);
    out.push('', '## Scaling: median ms per call (MB/s), and the time ratio of each 10× step (≤ 11 wanted)');
    const rows = [];
    for (const [shape, engines] of Object.entries(R.scaling)) {
      for (const n of names) {
        const row = engines[n];
        if (!row) continue;
        const cell = (r) => (r == null ? '—' : r.median_ms != null ? `${fms(r.median_ms)} (${fx(r.mb_per_s)})` : r.skipped ? `skipped: ${r.skipped}` : `error`);
        const ratio = (k) => (row[k] ? `${fx(row[k].time_ratio, 1)}×` : '—');
        const big = [...sizes].reverse().map((s) => row[s]).find((r) => r?.median_ms != null);
        rows.push([shape, ENGINE_LABELS[n], ...sizes.map((s) => cell(row[s])), ratio('ratio_1mb_100kb'), ratio('ratio_10mb_1mb'),
          big ? `${rssMb(big.max_rss_kb)} @ ${fmb(big.bytes)}` : '—', big?.heap_bytes != null ? `${fmb(big.heap_bytes)} @ ${fmb(big.bytes)}` : '—']);
      }
    }
    out.push(table(['shape', 'engine', '100 KB', '1 MB', '10 MB', '1M/100K', '10M/1M', 'peak RSS', 'wasm heap'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
  }
  if (R.instructions) {
    out.push('', '## Instructions (valgrind callgrind, native harness, one call): exact, so the ratio is free of noise');
    out.push(table(['shape', '100 KB', 'per byte', '1 MB', 'per byte', '1M/100K'], Object.entries(R.instructions).map(([shape, r]) => [shape,
      r['100kb']?.instructions ? `${(r['100kb'].instructions / 1e6).toFixed(0)} M` : r['100kb']?.error ?? '—', fx(r['100kb']?.per_byte, 0),
      r['1mb']?.instructions ? `${(r['1mb'].instructions / 1e6).toFixed(0)} M` : r['1mb']?.error ?? '—', fx(r['1mb']?.per_byte, 0),
      r.ratio_1mb_100kb ? `${fx(r.ratio_1mb_100kb.instruction_ratio, 1)}× (text ${fx(r.ratio_1mb_100kb.size_ratio, 1)}×)` : '—'])));
  }
  if (R.memory?.leak) {
    const l = R.memory.leak;
    out.push('', `## WebAssembly memory across ${l.calls.toLocaleString('en')} calls on the example: heap ${fmb(l.heap_before_bytes)} → ${fmb(l.heap_after_bytes)}` +
      ` (${l.heap_after_bytes === l.heap_before_bytes ? 'no growth' : `grew ${l.heap_after_bytes - l.heap_before_bytes} bytes`}); process RSS ${fmb(l.rss_before_bytes)} → ${fmb(l.rss_after_bytes)}; ${fms(l.mean_ms)} ms per call`);
  }
  if (R.browser) {
    const b = R.browser;
    out.push('', `## Headless Chromium ${b.chromium ?? ''}`);
    const rows = [];
    if (b.error) rows.push(['error', b.error]);
    if (b.navigation) {
      rows.push([`navigation → first highlighted mark (median of ${b.navigation.runs} cold loads)`, `${fms(b.navigation.median_ms)} ms`]);
      rows.push(['  of which: DOMContentLoaded (example clicked) / analyzer ready / next frame', `${fms(b.navigation.dcl_median_ms)} / ${fms(b.navigation.ready_median_ms)} / ${fms(b.navigation.frame_median_ms)} ms`]);
    }
    if (b.readyClick) {
      rows.push([`click on the example once the page is ready → first highlighted mark (median of ${b.readyClick.runs} loads)`, `${fms(b.readyClick.median_ms)} ms`]);
    }
    if (b.paste?.error) rows.push(['paste', b.paste.error]);
    if (b.paste?.longest_task_ms != null || b.paste?.timed_out_after_ms) {
      if (b.paste.timed_out_after_ms) rows.push([`${fmb(b.paste.bytes)} paste`, `no result after ${b.paste.timed_out_after_ms / 1000} s`]);
      else {
        rows.push([`${fmb(b.paste.bytes)} paste: longest main-thread task`, `${fms(b.paste.longest_task_ms)} ms`]);
        rows.push([`  long tasks / their total / paste → result painted`, `${b.paste.long_tasks} / ${fms(b.paste.long_tasks_total_ms)} ms / ${fms(b.paste.paste_to_result_ms)} ms`]);
      }
    }
    out.push(table(['what', 'value'], rows));
  }
  if (R.sizes) {
    const s = R.sizes.site;
    out.push('', `## Sizes: what index.html loads, ${s.files.length} files${s.requests ? ` (${s.requests} requests)` : ''} (gzip -9 and brotli -q 11, each file on its own)`);
    const rows = s.files.map((f) => [f.path, f.kind, f.raw.toLocaleString('en'), fkb(f.gzip), fkb(f.brotli)]);
    rows.push(['total', '', s.total.raw.toLocaleString('en'), fkb(s.total.gzip), fkb(s.total.brotli)]);
    const w = s.wasm_sections;
    rows.push(['  wasm: code section', '', w.code.raw.toLocaleString('en'), fkb(w.code.gzip), fkb(w.code.brotli)]);
    rows.push(['  wasm: data section (tables)', '', w.data.raw.toLocaleString('en'), fkb(w.data.gzip), fkb(w.data.brotli)]);
    rows.push(['  wasm: the rest', '', w.other.raw.toLocaleString('en'), fkb(w.other.gzip), fkb(w.other.brotli)]);
    for (const [n, p] of Object.entries(R.sizes.peers ?? {})) {
      if (!p.error) rows.push([n === 'compromise' ? 'compromise.js + compromise-dates.min.js' : `wink-nlp + lite model (${p.files} files)`, 'peer', p.raw.toLocaleString('en'), fkb(p.gzip), fkb(p.brotli)]);
    }
    out.push(table(['file', 'kind', 'raw bytes', 'gzip', 'brotli'], rows, ['l', 'l', 'r', 'r', 'r']));
  }
  if (R.targets?.length) {
    out.push('', '## Targets (issue 6)');
    out.push(table(['target', 'measured', 'holds'], R.targets.map((t) => [t.target, t.measured, t.holds == null ? '—' : t.holds ? 'yes' : 'NO']), ['l', 'l', 'l']));
  }
  out.push('', `(${((R.elapsed_ms ?? 0) / 1000).toFixed(0)} s; MB = 2^20 bytes, KB = 1024 bytes; JSON: ${relative(ROOT, R.options.out)})`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

// The repository's HEAD at the time of the run (read-only; not necessarily what the measured
// builds were built from).
function gitRevision() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const want = (part) => !o.only || o.only.has(part);
  const started = Date.now();
  if (!existsSync(join(o.site, 'concessions.js')) || !existsSync(join(o.site, 'concessions_core.wasm'))) {
    die(`no site in ${o.site}: run \`cmake --workflow --preset wasm\` or pass --site DIR`);
  }
  const harness = nativeHarness(o.native);
  const texts = generateTexts({ outDir: o.texts, log });
  const names = ['native', 'wasm', ...(o.peers ? ['compromise', 'wink'] : [])];
  const R = {
    date: new Date().toISOString(),
    env: { git: gitRevision(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model?.trim(), loadavg_start: loadavg(), native: o.native, native_harness: harness.how, site: o.site },
    options: { quick: o.quick, rounds: o.rounds, max_run_seconds: o.maxRunSeconds, out: o.out },
    engines: names,
    texts: Object.fromEntries(Object.entries({ example: EXAMPLE, ...texts }).map(([k, f]) => [k, { file: relative(ROOT, f), bytes: statSync(f).size }])),
  };

  if (want('example') || want('corpus') || want('memory')) {
    log('starting the engines');
    const engines = {};
    R.load = {};
    for (const n of names) {
      engines[n] = await startEngine(n, o, harness);
      R.load[n] = engines[n].load;
    }
    try {
      if (want('example')) {
        log('example article, interleaved rounds');
        R.example = await measureExample(engines, o);
      }
      if (want('corpus')) {
        log('dev corpus');
        R.corpus = await measureCorpus(engines, o);
      }
      if (want('memory') && engines.wasm) {
        log('WebAssembly memory across 10,000 calls');
        R.memory = { leak: await engines.wasm.engine.request({ kind: 'leak', file: EXAMPLE, calls: 10000, fresh: true }) };
      }
    } finally {
      for (const { engine } of Object.values(engines)) engine.close();
    }
  }
  if (want('scaling')) {
    log('scaling (one process per engine and shape, the sizes interleaved)');
    R.scaling = await measureScaling(names, o, texts, harness);
  }
  if (want('instructions') && !(o.quick && !o.only)) {
    if (spawnSync('valgrind', ['--version']).status === 0) {
      log('instructions (callgrind, native)');
      R.instructions = await measureInstructions(o, texts, harness);
    } else log('instructions: valgrind not found, skipped');
  }
  if (want('browser')) {
    log('headless Chromium');
    const { measureBrowser } = await import('./browser.mjs');
    try {
      R.browser = await measureBrowser({ siteDir: o.site, pasteFile: o.quick ? texts['varied-1mb'] : texts['paste-5mb'], navigations: o.quick ? 5 : 15,
        pasteTimeoutMs: Math.max(60, o.maxRunSeconds * 5) * 1000, log });
    } catch (err) {
      R.browser = { error: err.message };
      log(`  browser: ${err.message}`);
    }
  }
  if (want('sizes')) {
    R.sizes = { site: siteSizes(o.site, R.browser?.loaded), peers: o.peers ? peerSizes(ROOT) : undefined };
  }
  R.targets = evaluateTargets(R);
  R.env.loadavg_end = loadavg();
  R.elapsed_ms = Date.now() - started;
  const text = render(R);
  R.table = text;
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, `${JSON.stringify(R, null, 1)}\n`);
  console.log(text);
}

main().catch((err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exit(1);
});
