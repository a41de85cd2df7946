// Tells the parent it runs, then never yields (or idles, per workerData).
const { parentPort, workerData } = require('worker_threads');
parentPort.postMessage('running');
if (workerData === 'idle') {
  setInterval(() => {}, 1000);
} else {
  for (;;) {}
}
