// Idle worker ("memory", "scale"): posts 'ready', then keeps a message
// listener so it stays alive doing nothing until terminated.
const { parentPort } = require('worker_threads');
parentPort.on('message', () => {});
parentPort.postMessage('ready');
