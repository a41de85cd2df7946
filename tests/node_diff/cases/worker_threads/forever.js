// Never ends by itself (an interval), or per workerData: listens on
// parentPort but unrefs it (ends at once), or ends after a short timer.
const { parentPort, workerData } = require('worker_threads');
if (workerData === 'unref parentPort') {
  parentPort.on('message', () => {});
  parentPort.unref();
  parentPort.postMessage(`hasRef ${parentPort.hasRef()}`);
} else if (workerData === 'short') {
  setTimeout(() => parentPort.postMessage('short done'), 20);
} else {
  setInterval(() => {}, 1000);
  parentPort.postMessage('ready');
}
