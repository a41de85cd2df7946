// Echoes every message back; 'stop' closes parentPort (the worker ends).
const { parentPort } = require('worker_threads');
parentPort.on('message', (value) => {
  if (value === 'stop') {
    parentPort.close();
    return;
  }
  parentPort.postMessage(value);
});
