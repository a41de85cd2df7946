// An unhandled promise rejection in the worker ends it like an uncaught
// exception: 'error' event in the parent (location = where the RangeError
// was created, inside an async function after an await), worker exit code 1.
const w = new Worker('workers/error_unhandled_rejection_worker.js');
w.onerror = (e) => {
  console.log('message:', e.message);
  console.log('where:', e.filename.split('/').pop(), e.lineno, e.colno);
  console.log('error:', e.error instanceof RangeError, e.error.message);
  e.preventDefault();
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
