// The worker throws (a TypeError from V8 itself) inside a timer callback,
// after it answered a message. The handler is an 'error' listener that calls
// preventDefault(); the parent exits 0, the worker with code 1.
const w = new Worker('workers/error_in_timer_worker.js');
w.onmessage = (e) => {
  console.log('main got', e.data);
  w.postMessage('throw now'); // the error causally follows 'pong'
};
w.addEventListener('error', (e) => {
  console.log('message:', e.message);
  console.log('where:', e.filename.split('/').pop(), e.lineno, e.colno);
  console.log('error:', e.error.constructor === TypeError, e.error.name);
  e.preventDefault();
});
w.addEventListener('exit', (e) => console.log('exit', e.code));
w.postMessage('ping');
