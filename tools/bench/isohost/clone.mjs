// Benchmark scenario "clone" (isohost, Web Worker API).
// structuredClone() rate on the main thread (no workers) of
//  - MIXED: the object makeMixed() returns (defined identically for both
//    runtimes: numbers, strings, a boolean, null, arrays, nested objects, a
//    Date), and
//  - a 1 MiB Uint8Array (its 1 MiB ArrayBuffer is copied on every clone).
// Each kind: a warm-up of WARMUP_MS, then REPS timed runs of RUN_MS each
// (clones in batches, clock checked between batches); rate = clones / elapsed;
// the median of the REPS rates is reported.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';

import { setup } from './common.mjs';
const { ARGS, SIZE, TINY, progress, percentile, metric, report } = setup('clone');

const WARMUP_MS = TINY ? 20 : 200;
const RUN_MS = TINY ? 50 : 1000;
const REPS = TINY ? 1 : 3;

function makeMixed() {
  return {
    id: 123456,
    name: 'isohost benchmark object',
    active: true,
    score: 98.625,
    owner: null,
    tags: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'],
    nested: {
      level: 1,
      label: 'nested',
      inner: { level: 2, flags: [true, false, true], ratio: 0.5, text: 'inner text' },
    },
    date: new Date(),
    numbers: Array.from({ length: 64 }, (_, i) => i * 1.5),
  };
}

const MIXED = makeMixed();
const U8 = new Uint8Array(1024 * 1024);
for (let i = 0; i < U8.length; i++) U8[i] = i & 255;

let sink = 0;
function rate(value, batch, ms) {
  let n = 0;
  const t0 = performance.now();
  let t;
  do {
    for (let i = 0; i < batch; i++) sink += structuredClone(value) === value ? 1 : 0;
    n += batch;
    t = performance.now();
  } while (t - t0 < ms);
  return n / ((t - t0) / 1000);
}

function measure(value, batch, step) {
  rate(value, batch, WARMUP_MS);
  const rates = [];
  for (let r = 0; r < REPS; r++) {
    rates.push(rate(value, batch, RUN_MS));
    progress((step * REPS + r + 1) / (2 * REPS));
  }
  rates.sort((a, b) => a - b);
  return rates[(rates.length - 1) >> 1];
}

// Sanity: the clone is deep and faithful.
{
  const c = structuredClone(MIXED);
  if (c === MIXED || c.nested.inner.flags[1] !== false || !(c.date instanceof Date) ||
      c.date.getTime() !== MIXED.date.getTime() || c.numbers[63] !== 94.5) {
    throw new Error('structuredClone(MIXED) is not a faithful copy');
  }
  const u = structuredClone(U8);
  if (!(u instanceof Uint8Array) || u.length !== U8.length || u[1000] !== (1000 & 255)) {
    throw new Error('structuredClone(Uint8Array) is not a faithful copy');
  }
}

const mixedRate = measure(MIXED, 100, 0);
const u8Rate = measure(U8, 1, 1);
if (sink !== 0) throw new Error('unreachable');
report([
  metric('clone_mixed_per_s', 'clone/s', mixedRate, 'higher'),
  metric('clone_u8_1mb_per_s', 'clone/s', u8Rate, 'higher'),
]);
