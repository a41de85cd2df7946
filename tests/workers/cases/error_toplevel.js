// The worker throws while running its top-level script. The parent's onerror
// gets an ErrorEvent (message 'Uncaught ' + String(error); filename, lineno,
// colno of the error's top stack frame, 1-based; error = the cloned error),
// calls preventDefault(), so the parent carries on and exits 0. The worker
// exits with code 1.
const w = new Worker('workers/error_toplevel_worker.js');
w.onerror = (e) => {
  console.log('error event:', e instanceof ErrorEvent, e.type, e.cancelable);
  console.log('message:', e.message);
  console.log('filename:', e.filename.split('/').pop());
  console.log('lineno:', e.lineno, 'colno:', e.colno);
  console.log('error:', e.error instanceof Error, e.error.name, e.error.message);
  e.preventDefault();
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
