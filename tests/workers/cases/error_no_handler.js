// No 'error' handler at all: the worker's uncaught error becomes the
// parent's uncaught error; the parent exits with code 1 after what it printed.
console.log('before');
const w = new Worker('workers/error_no_handler_worker.js');
w.addEventListener('exit', (e) => console.log('exit (not reached)', e.code));
setTimeout(() => console.log('timer (not reached)'), 1500);
