// Benchmark scenario "startup" (Node.js worker_threads).
// Time from `new Worker(...)` to the worker's first message (posted at its
// top level) arriving in the parent, measured with performance.now() in the
// parent. Workers are spawned one after another; each is terminated (and the
// terminate() promise awaited) before the next one is spawned. One extra
// warm-up spawn first is not counted.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';
const { Worker } = require('worker_threads');
const path = require('path');

// ---- shared prologue (keep in sync across tools/bench/{isohost,node}/*.js) --
const SCENARIO = 'startup';
const RUNTIME = 'node';
const ARGS = (() => {
  const o = {};
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a[i]);
    if (!m) throw new Error('unexpected argument: ' + a[i]);
    o[m[1]] = m[2] !== undefined ? m[2] : a[++i];
  }
  return o;
})();
const SIZE = ARGS.size || 'normal';
if (SIZE !== 'tiny' && SIZE !== 'normal') throw new Error('--size must be tiny or normal');
const TINY = SIZE === 'tiny';
let lastProgress = -1;
function progress(f) {
  f = Math.max(0, Math.min(1, f));
  if (f < 1 && f - lastProgress < 0.05) return;
  if (f === lastProgress) return;
  lastProgress = f;
  console.error('#progress ' + f.toFixed(2));
}
function percentile(sorted, p) {  // nearest-rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];
}
function metric(name, unit, value, better) {
  return { name, unit, value: Number(value.toPrecision(6)), better };
}
function report(metrics) {
  console.log(JSON.stringify({ scenario: SCENARIO, runtime: RUNTIME, size: SIZE, metrics }));
}
// ---- end of prologue --------------------------------------------------------

const N = TINY ? 5 : 100;
const WARMUP = 1;
const samples = [];
let i = 0;

function next() {
  if (i === WARMUP + N) {
    samples.sort((a, b) => a - b);
    report([
      metric('startup_p50', 'ms', percentile(samples, 50), 'lower'),
      metric('startup_p90', 'ms', percentile(samples, 90), 'lower'),
      metric('startup_p99', 'ms', percentile(samples, 99), 'lower'),
    ]);
    return;
  }
  const t0 = performance.now();
  const w = new Worker(path.join(__dirname, 'startup_worker.js'));
  w.once('message', () => {
    const dt = performance.now() - t0;
    if (i >= WARMUP) samples.push(dt);
    i++;
    progress(i / (WARMUP + N));
    w.terminate().then(next);
  });
}
next();
