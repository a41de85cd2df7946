// A worker without onmessage ends when its event loop is empty (after a
// timer and an immediate), with exit code 0; its messages arrive first.
const w = new Worker('workers/worker_ends_naturally_worker.js');
w.onmessage = (e) => console.log('main got', e.data);
w.addEventListener('exit', (e) => console.log('exit', e.code));
