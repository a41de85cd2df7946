// Checks that main's messages arrive in order, then sends its own batch.
const { parentPort, workerData } = require('worker_threads');
const { count } = workerData;
let expected = 0;
let outOfOrder = 0;
parentPort.on('message', function onMessage(value) {
  if (value !== expected) outOfOrder += 1;
  expected += 1;
  if (expected < count) return;
  parentPort.postMessage({ received: expected, outOfOrder });
  for (let i = 0; i < count; i++) parentPort.postMessage(i);
  parentPort.postMessage('end');
  parentPort.off('message', onMessage);  // nothing keeps it alive now
});
