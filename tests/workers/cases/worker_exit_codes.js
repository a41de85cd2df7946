// Exit codes: process.exitCode in a worker that ends on its own;
// process.exit(n) in a worker (messages posted before it still arrive first);
// close() -> 0. Workers are run one after another to keep the output ordered.
const runs = [
  ['exitCode = 3', 'exitCode'],
  ['process.exit(5)', 'exit'],
  ['close()', 'close'],
];
function next(i) {
  if (i === runs.length) return;
  const [label, mode] = runs[i];
  const w = new Worker('workers/worker_exit_codes_worker.js', { workerData: mode });
  const got = [];
  w.onmessage = (e) => got.push(e.data);
  w.addEventListener('exit', (e) => {
    console.log(label + ': exit', e.code, 'after', JSON.stringify(got));
    next(i + 1);
  });
}
next(0);
