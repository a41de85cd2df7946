// 50,000 messages main -> worker, posted synchronously before the worker has
// even started, arrive complete and in order.
const w = new Worker('workers/ordered_50k_to_worker_worker.js');
for (let i = 0; i < 50000; i++) w.postMessage(i);
w.postMessage('end');
w.onmessage = (e) => console.log('worker counted', e.data.count, 'in order:', e.data.inOrder);
w.addEventListener('exit', (e) => console.log('exit', e.code));
