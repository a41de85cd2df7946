// Messages posted to a worker before it listens (it adds a 'message' listener
// with self.addEventListener only after a 50 ms timer) wait; none is dropped.
const w = new Worker('workers/early_messages_wait_worker.js');
w.postMessage('first');
w.postMessage('second');
setTimeout(() => w.postMessage('third'), 10);
w.onmessage = (e) => console.log('main got', JSON.stringify(e.data));
w.addEventListener('exit', (e) => console.log('exit', e.code));
