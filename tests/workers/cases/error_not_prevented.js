// The parent has an 'error' listener, but it does not call preventDefault():
// the parent treats the worker's error as its own uncaught error and exits 1
// (error text on stderr, not compared). What was printed before stays.
const w = new Worker('workers/error_not_prevented_worker.js');
w.addEventListener('error', (e) => {
  console.log('saw error:', e.message);
});
w.addEventListener('exit', (e) => console.log('exit (not reached)', e.code));
console.log('started');
