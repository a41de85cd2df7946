// A worker's error with no 'error' listener is the parent's own uncaught
// exception: the parent ends with code 1 (its 'exit' listener never runs
// and a pending timer never fires).
const { Worker } = require('worker_threads');
const w = new Worker(__dirname + '/worker_threads/throws.js', {
  workerData: 'error',
});
// (Its message is not printed: in Node it may come after the error.)
w.on('exit', (code) => console.log('exit listener ran', code));
setTimeout(() => console.log('timer ran'), 5000);
console.log('started');
