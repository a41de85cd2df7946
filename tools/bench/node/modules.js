// Benchmark scenario "modules" (Node.js worker_threads).
// How long a fresh worker takes to `await import()` a package graph of 201
// ES modules; the same graph as the isohost flavour (written here into a
// temporary folder by module_graph.js), timed inside the worker. Each sample is a new worker; one
// warm-up first.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';
const { Worker } = require('worker_threads');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const { setup } = require('./common.js');
const { TINY, progress, percentile, metric, report } = setup('modules');

const { writeGraph } = require('./module_graph.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isohost-node-modules-'));
const entry = pathToFileURL(writeGraph(path.join(dir, 'graph'))).href;
const N = TINY ? 2 : 20;
const WARMUP = 1;
const samples = [];
let total;
let i = 0;

function next() {
  if (i === WARMUP + N) {
    fs.rmSync(dir, { recursive: true, force: true });
    samples.sort((a, b) => a - b);
    report([
      metric('import_201_modules_p50', 'ms', percentile(samples, 50), 'lower'),
      metric('import_201_modules_p90', 'ms', percentile(samples, 90), 'lower'),
    ]);
    return;
  }
  const w = new Worker(path.join(__dirname, 'modules_worker.mjs'), { workerData: entry });
  w.once('message', (data) => {
    if (i >= WARMUP) samples.push(data.ms);
    if (total !== undefined && total !== data.total) throw new Error('graph result changed');
    total = data.total;
    i++;
    progress(i / (WARMUP + N));
    w.terminate().then(next);
  });
}
next();
