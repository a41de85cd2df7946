// A worker stays alive while it has onmessage; setting it back to null lets
// it exit on its own (code 0) once nothing else is pending.
const w = new Worker('workers/worker_onmessage_null_exits_worker.js');
w.onmessage = (e) => {
  console.log('main got', e.data);
  if (e.data === 'listening') w.postMessage('stop listening');
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
