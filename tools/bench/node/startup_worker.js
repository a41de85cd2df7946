// "startup" worker: posts one message at top level (then idles until terminated).
const { parentPort } = require('worker_threads');
parentPort.postMessage(0);
parentPort.on('message', () => {});
