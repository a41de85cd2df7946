// Benchmark scenario "modules" (isohost, Web Worker API).
// How long a fresh worker takes to `await import()` a package graph of 201
// ES modules (20 packages in node_modules with "exports" subpath patterns,
// 10 modules each, plus the app's entry; written by `isohost bench`, see
// WriteModuleGraph() in tools/bench_command.cc): resolution, reading,
// compiling, linking and evaluating, timed inside the worker. Each sample
// is a new worker (module caches are per runtime); one warm-up first.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';

import { setup } from './common.mjs';
const { TINY, progress, percentile, metric, report } = setup('modules');

const N = TINY ? 2 : 20;
const WARMUP = 1;
// The graph next to this script (written by `isohost bench`, or by
// compare.js in run mode).
const entry = import.meta.url.replace(/[^/]*$/, 'graph/app/entry.mjs');
const samples = [];
let total;
let i = 0;

function next() {
  if (i === WARMUP + N) {
    samples.sort((a, b) => a - b);
    report([
      metric('import_201_modules_p50', 'ms', percentile(samples, 50), 'lower'),
      metric('import_201_modules_p90', 'ms', percentile(samples, 90), 'lower'),
    ]);
    return;
  }
  const w = new Worker('./modules_worker.mjs', { type: 'module', workerData: entry });
  w.onmessage = (event) => {
    if (i >= WARMUP) samples.push(event.data.ms);
    if (total !== undefined && total !== event.data.total) throw new Error('graph result changed');
    total = event.data.total;
    i++;
    progress(i / (WARMUP + N));
    w.terminate().then(next);
  };
}
next();
