// "pingpong" worker: echoes every message back.
const { parentPort } = require('worker_threads');
parentPort.on('message', (d) => { parentPort.postMessage(d); });
parentPort.postMessage('ready');
