// Benchmark scenario "scale" (isohost, Web Worker API).
// How many idle workers fit in an RSS budget. Baseline RSS is read after a
// settle; then idle workers (post 'ready', keep a listener) are spawned in
// batches of BATCH; after every worker of a batch has posted 'ready' and a
// short settle, RSS is read. Spawning stops once RSS - baseline exceeds
// --budget-mb (default: normal 1024, tiny 64; MB = MiB) or CAP workers are
// alive. workers_in_budget is linearly interpolated inside the batch that
// crossed the budget (= CAP if the cap was reached first).
// mb_per_worker_at_stop = (RSS - baseline) / workers at the last reading.
// spawn_rate = workers spawned / time spent spawning them (batch spawn until
// the batch's last 'ready'; settles excluded). No GC is forced. All workers
// are terminated at the end.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';


import { setup } from './common.mjs';
const { ARGS, SIZE, TINY, progress, percentile, metric, report } = setup('scale');

// A worker that posts 'ready' and then idles; w.ready resolves on 'ready'.
function spawnIdle() {
  const w = new Worker('./idle_worker.js');
  w.ready = new Promise((resolve) => { w.onmessage = () => { w.onmessage = null; resolve(); }; });
  return w;
}

const BUDGET_MB = ARGS['budget-mb'] !== undefined ? Number(ARGS['budget-mb']) : (TINY ? 64 : 1024);
if (!(BUDGET_MB > 0)) throw new Error('--budget-mb must be a positive number');
const CAP = 2000;
const BATCH = TINY ? 5 : 25;
const SETTLE_TICKS = 2;
const SETTLE_MS = TINY ? 5 : 10;
const MB = 1024 * 1024;

function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
async function settle() { for (let i = 0; i < SETTLE_TICKS; i++) await sleep(SETTLE_MS); }

async function main() {
  await settle();
  const base = process.memoryUsage.rss();
  const workers = [];
  let prevCount = 0;
  let prevOver = 0;
  let over = 0;
  let inBudget = 0;
  let spawnMs = 0;
  for (;;) {
    const t0 = performance.now();
    const batch = [];
    for (let i = 0; i < BATCH && workers.length < CAP; i++) {
      const w = spawnIdle();
      workers.push(w);
      batch.push(w.ready);
    }
    await Promise.all(batch);
    spawnMs += performance.now() - t0;
    await settle();
    over = (process.memoryUsage.rss() - base) / MB;
    progress(Math.max(over / BUDGET_MB, workers.length / CAP));
    if (over > BUDGET_MB) {
      const frac = (BUDGET_MB - prevOver) / (over - prevOver);
      inBudget = prevCount + Math.floor((workers.length - prevCount) * Math.max(0, Math.min(1, frac)));
      break;
    }
    if (workers.length >= CAP) {
      inBudget = workers.length;
      break;
    }
    prevCount = workers.length;
    prevOver = over;
  }
  const spawned = workers.length;
  await Promise.all(workers.map((w) => w.terminate()));
  progress(1);
  report([
    metric('workers_in_budget', 'workers', inBudget, 'higher'),
    metric('mb_per_worker_at_stop', 'MB', over / spawned, 'lower'),
    metric('spawn_rate', 'workers/s', spawned / (spawnMs / 1000), 'higher'),
  ]);
}
main();
