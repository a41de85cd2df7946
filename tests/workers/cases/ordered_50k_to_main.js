// 50,000 messages worker -> main arrive complete and in order, all before
// the worker's 'exit' event.
const w = new Worker('workers/ordered_50k_to_main_worker.js');
let count = 0;
let inOrder = true;
w.onmessage = (e) => {
  if (e.data !== count) inOrder = false;
  count++;
};
w.addEventListener('exit', (e) => {
  console.log('received', count, 'in order:', inOrder, 'exit', e.code);
});
