// A worker posts 100 messages and calls close(): every message arrives
// before the 'exit' event, whose code is 0.
const w = new Worker('workers/close_delivers_all_worker.js');
let count = 0;
let inOrder = true;
w.onmessage = (e) => {
  if (e.data !== count + 1) inOrder = false;
  count++;
  if (count === 1 || count === 100) console.log('message #' + count, e.data);
};
w.addEventListener('exit', (e) => {
  console.log('exit code', e.code, 'after', count, 'messages, in order:', inOrder);
});
w.postMessage('go');
