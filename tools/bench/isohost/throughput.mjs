// Benchmark scenario "throughput" (isohost, Web Worker API).
// One-way message rates, each over a fixed message count:
//  - w2m_*: main posts {cmd:'send'} to an idle, ready worker, which then posts
//    COUNT messages to main in one synchronous loop. Rate = COUNT / (time from
//    just before main's postMessage of the command to main receiving the
//    COUNT-th message), clocked in main with performance.now().
//  - m2w_*: main posts {cmd:'recv', n:COUNT} and then COUNT messages in one
//    synchronous loop; the worker counts them and posts 'done' after the
//    last. Rate = COUNT / (time from just before the command's postMessage to
//    main receiving 'done').
//  - fanin8_small: 8 ready workers; main posts {cmd:'send'} to each in turn,
//    each posts COUNT/8 small messages. Rate = COUNT / (time from just before
//    the first command to main receiving the COUNT-th message in total).
// "small" = the loop index (a number); "1k" = a 1024-character one-byte
// string (the same string every time). Each test runs once unmeasured with
// COUNT/10 messages (warm-up), then REPS times; the median rate is reported.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';

import { setup } from './common.mjs';
const { ARGS, SIZE, TINY, progress, percentile, metric, report } = setup('throughput');

function spawn() {
  const w = new Worker('./throughput_worker.js');
  w.onmessage = (e) => w.handler(e.data);
  return w;
}

const SMALL_COUNT = TINY ? 1000 : 200000;
const KB_COUNT = TINY ? 1000 : 50000;
const REPS = TINY ? 1 : 3;
const FANIN = 8;
const KB = 'abcdefghijklmnopqrstuvwxyz012345'.repeat(32);  // 1024 chars

// Each worker gets a replaceable handler: w.handler(data).
function ready(w) {
  return new Promise((resolve) => { w.handler = () => resolve(w); });
}

function w2m(ws, count, kind) {
  const per = count / ws.length;
  return new Promise((resolve) => {
    let got = 0;
    let t0 = 0;
    for (const w of ws) {
      w.handler = () => {
        if (++got === count) resolve(count / ((performance.now() - t0) / 1000));
      };
    }
    t0 = performance.now();
    for (const w of ws) w.postMessage({ cmd: 'send', n: per, kind });
  });
}

function m2w(w, count, kind) {
  return new Promise((resolve) => {
    w.handler = () => resolve(count / ((performance.now() - t0) / 1000));  // 'done'
    const t0 = performance.now();
    w.postMessage({ cmd: 'recv', n: count });
    if (kind === '1k') {
      for (let i = 0; i < count; i++) w.postMessage(KB);
    } else {
      for (let i = 0; i < count; i++) w.postMessage(i);
    }
  });
}

async function measure(fn, count) {
  await fn(Math.max(1, Math.floor(count / 10)));  // warm-up
  const rates = [];
  for (let r = 0; r < REPS; r++) rates.push(await fn(count));
  rates.sort((a, b) => a - b);
  return rates[(rates.length - 1) >> 1];
}

async function main() {
  const one = await ready(spawn());
  const tests = [
    ['w2m_small_msgs_per_s', () => measure((n) => w2m([one], n, 'small'), SMALL_COUNT)],
    ['w2m_1k_msgs_per_s', () => measure((n) => w2m([one], n, '1k'), KB_COUNT)],
    ['m2w_small_msgs_per_s', () => measure((n) => m2w(one, n, 'small'), SMALL_COUNT)],
    ['m2w_1k_msgs_per_s', () => measure((n) => m2w(one, n, '1k'), KB_COUNT)],
  ];
  const metrics = [];
  for (let i = 0; i < tests.length; i++) {
    metrics.push(metric(tests[i][0], 'msg/s', await tests[i][1](), 'higher'));
    progress((i + 1) / (tests.length + 1));
  }
  const many = [one];
  for (let i = 1; i < FANIN; i++) many.push(spawn());
  await Promise.all(many.slice(1).map(ready));
  const fanCount = Math.floor(SMALL_COUNT / FANIN) * FANIN;
  metrics.push(metric('fanin8_small_msgs_per_s', 'msg/s',
                      await measure((n) => w2m(many, Math.floor(n / FANIN) * FANIN, 'small'), fanCount),
                      'higher'));
  await Promise.all(many.map((w) => w.terminate()));
  progress(1);
  report(metrics);
}
main();
