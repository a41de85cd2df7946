// Benchmark scenario "memory" (isohost, Web Worker API).
// Process RSS cost of idle workers. After a settle (SETTLE_TICKS timers of
// SETTLE_MS each) the baseline RSS is read (process.memoryUsage.rss()); then
// N workers are spawned in batches of BATCH (the next batch is spawned when
// every worker of the previous one has posted 'ready'). Each worker posts
// 'ready' at top level and keeps a message listener, so it stays alive and
// idle. After the last 'ready' and another settle, RSS is read again.
// rss_per_worker_mb = (rss_after - rss_baseline) / N. No GC is forced.
// MB here means MiB (2^20 bytes). All workers are terminated at the end.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';


import { setup } from './common.mjs';
const { ARGS, SIZE, TINY, progress, percentile, metric, report } = setup('memory');

// A worker that posts 'ready' and then idles; w.ready resolves on 'ready'.
function spawnIdle() {
  const w = new Worker('./idle_worker.js');
  w.ready = new Promise((resolve) => { w.onmessage = () => { w.onmessage = null; resolve(); }; });
  return w;
}

const N = TINY ? 5 : 200;
const BATCH = 20;
const SETTLE_TICKS = 2;
const SETTLE_MS = TINY ? 10 : 50;
const MB = 1024 * 1024;

function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
async function settle() { for (let i = 0; i < SETTLE_TICKS; i++) await sleep(SETTLE_MS); }

async function main() {
  await settle();
  const before = process.memoryUsage.rss();
  const workers = [];
  while (workers.length < N) {
    const batch = [];
    for (let i = 0; i < BATCH && workers.length < N; i++) {
      const w = spawnIdle();
      workers.push(w);
      batch.push(w.ready);
    }
    await Promise.all(batch);
    progress(workers.length / N * 0.9);
  }
  await settle();
  const after = process.memoryUsage.rss();
  await Promise.all(workers.map((w) => w.terminate()));
  progress(1);
  report([
    metric('rss_per_worker_mb', 'MB', (after - before) / N / MB, 'lower'),
    metric('total_rss_mb', 'MB', after / MB, 'lower'),
    metric('baseline_rss_mb', 'MB', before / MB, 'lower'),
  ]);
}
main();
