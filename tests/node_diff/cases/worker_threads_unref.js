// worker.unref(): a running worker no longer keeps the parent alive (the
// process ends while the worker still runs; its 'exit' is never seen);
// ref() after unref() does again; parentPort.unref() in the worker lets
// the worker end although it listens.
const { Worker } = require('worker_threads');
const script = __dirname + '/worker_threads/forever.js';

function run(mode) {
  return new Promise((resolve) => {
    const w = new Worker(script, { workerData: mode });
    w.on('message', (value) => console.log(mode, 'message', value));
    w.on('exit', (code) => {
      console.log(mode, 'exit', code);
      resolve();
    });
    if (mode === 'short') {
      w.unref();
      w.ref();
    }
  });
}

(async () => {
  await run('unref parentPort');
  await run('short');
  const w = new Worker(script);
  w.on('exit', () => console.log('never printed: the process ended first'));
  w.once('message', (value) => {
    console.log('forever message', value, '- unref, main ends now');
    w.unref();
  });
})();
