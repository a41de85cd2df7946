// isohost-flags: --root ../../..
// The Node flavour of the benchmark scenarios (tools/bench/node/*.js, what
// tools/bench/compare.js runs under Node) runs unchanged under isohost:
// each scenario at --size tiny, one after the other, on this thread (they
// start their own workers). Only what does not depend on timing is
// compared: each prints one JSON line whose scenario, runtime, size and
// metric names, units and directions must match; every value must be a
// finite number.
'use strict';
const scenarios = ['startup', 'pingpong', 'throughput', 'clone', 'memory',
                   'scale'];
const dir = `${__dirname}/../../../tools/bench/node`;
process.argv.splice(2, process.argv.length, '--size', 'tiny');

const log = console.log;
function runScenario(name) {
  return new Promise((resolve) => {
    const lines = [];
    console.log = (...args) => {
      lines.push(args.join(' '));
      let result;
      try {
        result = JSON.parse(lines[lines.length - 1]);
      } catch {
        return;
      }
      console.log = log;
      resolve({ lines, result });
    };
    require(`${dir}/${name}.js`);
  });
}

(async () => {
  for (const name of scenarios) {
    const { lines, result } = await runScenario(name);
    const { scenario, runtime, size, metrics } = result;
    console.log(name, 'lines', lines.length, { scenario, runtime, size });
    for (const { name: metric, unit, value, better } of metrics) {
      // (Finite, not necessarily positive: an RSS delta at the tiny size
      // can be below zero.)
      console.log(' ', metric, unit, better, typeof value,
                  Number.isFinite(value));
    }
  }
})();
