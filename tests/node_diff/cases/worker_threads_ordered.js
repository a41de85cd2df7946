// Many messages each way, sent in one synchronous burst: all arrive, in
// order, each its own 'message' event. (Whether microtasks run between two
// messages is not compared: isohost runs a checkpoint after every message,
// as HTML does; Node only between its batches of up to ~1000.)
const { Worker } = require('worker_threads');
const count = 20000;
const w = new Worker(__dirname + '/worker_threads/ordered.js', {
  workerData: { count },
});
let expected = 0;
let outOfOrder = 0;
w.on('message', (value) => {
  if (typeof value === 'object') {
    console.log('worker report', value);
    return;
  }
  if (value === 'end') {
    console.log('main received', expected, 'out of order', outOfOrder);
    return;
  }
  if (value !== expected) outOfOrder += 1;
  expected += 1;
});
w.on('exit', (code) => console.log('exit', code));
for (let i = 0; i < count; i++) w.postMessage(i);
