// A worker of broadcast_workers.js: joins 'bc', reports ready, counts the
// main runtime's 100 posts, announces itself to the other worker on 'bc',
// reports when it has heard both, and stops at 'stop' with a summary on
// 'reply'.
if (typeof postMessage !== 'function') {
  require('../../../workers/shim/web_worker_shim.js');
}
const bc = new BroadcastChannel('bc');
const reply = new BroadcastChannel('reply');
let count = 0;
let sum = 0;
let inOrder = true;
const peers = [];
function maybeDone() {
  if (count === 100 && peers.length === 1) postMessage('heard');
}
bc.onmessage = (event) => {
  const data = event.data;
  if (data === 'stop') {
    reply.postMessage({ name, count, sum, inOrder, peers });
    bc.close();
    reply.close();
    close();
  } else if (data.peer !== undefined) {
    peers.push(data.peer);
    maybeDone();
  } else {
    if (data.n !== count) inOrder = false;
    count += 1;
    sum += data.n;
    if (count === 100) bc.postMessage({ peer: name });
    maybeDone();
  }
};
postMessage('ready');
