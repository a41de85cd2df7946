// How a worker's end reaches the parent: process.exit(n) ends only the
// worker ('exit' gets n; code after it never runs; what it posted before
// still arrives), process.exitCode, a natural end (0). The parent itself
// keeps running and exits 0.
const { Worker } = require('worker_threads');
const script = __dirname + '/worker_threads/exits.js';

function run(mode) {
  return new Promise((resolve) => {
    const w = new Worker(script, { workerData: mode });
    const messages = [];
    w.on('message', (value) => {
      messages.push(value);
      if (value === 'waiting') w.postMessage(12);
    });
    w.on('error', (error) => console.log(mode, 'error', error.message));
    w.on('exit', (code) => {
      console.log(mode, 'exit', code, messages);
      resolve();
    });
  });
}

(async () => {
  for (const mode of ['exit 3', 'exit 0', 'exit no code', 'exitCode 4',
                      'exitCode then exit', 'exit in timer',
                      'exit in listener', 'close parentPort', 'natural']) {
    await run(mode);
  }
  console.log('main still running, exitCode', process.exitCode);
})();
