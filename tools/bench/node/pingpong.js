// Benchmark scenario "pingpong" (Node.js worker_threads).
// Round-trip latency of a small message (a number): main posts it, the worker
// posts it straight back, main takes performance.now() on arrival and posts
// the next one (strictly one message in flight). Timed from just before
// postMessage to the start of main's 'message' listener. The first WARMUP
// round trips (after the worker's 'ready') are not counted.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';
const { Worker } = require('worker_threads');
const path = require('path');

const { setup } = require('./common.js');
const { ARGS, SIZE, TINY, progress, percentile, metric, report } = setup('pingpong');

const N = TINY ? 200 : 20000;
const WARMUP = TINY ? 50 : 2000;
const TOTAL = WARMUP + N;
const rtts = new Float64Array(N);
const w = new Worker(path.join(__dirname, 'pingpong_worker.js'));
let k = 0;
let t0 = 0;

function onReply() {
  const t = performance.now();
  if (k >= WARMUP) rtts[k - WARMUP] = t - t0;
  k++;
  if ((k & 255) === 0) progress(k / TOTAL);
  if (k < TOTAL) {
    t0 = performance.now();
    w.postMessage(k);
    return;
  }
  w.off('message', onReply);
  w.terminate().then(() => {
    const s = Array.from(rtts).sort((a, b) => a - b);
    progress(1);
    report([
      metric('rtt_p50', 'us', percentile(s, 50) * 1000, 'lower'),
      metric('rtt_p90', 'us', percentile(s, 90) * 1000, 'lower'),
      metric('rtt_p99', 'us', percentile(s, 99) * 1000, 'lower'),
    ]);
  });
}

w.once('message', () => {  // 'ready'
  w.on('message', onReply);
  t0 = performance.now();
  w.postMessage(0);
});
