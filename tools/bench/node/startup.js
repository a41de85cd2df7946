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

const { setup } = require('./common.js');
const { ARGS, SIZE, TINY, progress, percentile, metric, report } = setup('startup');

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
