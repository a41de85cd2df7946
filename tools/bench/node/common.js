// tools/bench/node/common: what every node scenario script shares:
// argument parsing (--size tiny|normal, --NAME VALUE), '#progress F' lines
// on stderr (at most ~20 per run), nearest-rank percentiles, and the one
// JSON line of results on stdout. The isohost and Node flavours of this
// file differ only in how they export and in the runtime's name.
'use strict';

function setup(SCENARIO) {
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
  return { ARGS, SIZE, TINY, progress, percentile, metric, report };
}
module.exports = { setup };
