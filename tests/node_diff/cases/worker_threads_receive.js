// receiveMessageOnPort(): takes one queued message synchronously ({ message }
// or undefined), on a started or unstarted port, in FIFO order with the
// messages 'message' events deliver; a worker blocked in Atomics.wait uses
// it to read replies (the synchronous-RPC pattern).
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log('empty', receiveMessageOnPort(port2));
port1.postMessage({ a: 1 });
port1.postMessage('b');
port1.postMessage([3]);
console.log('first', receiveMessageOnPort(port2));
// The rest arrive as events, after the one taken synchronously.
const seen = [];
port2.on('message', (value) => {
  seen.push(value);
  if (seen.length === 1) {
    // Taken from under the event queue: the next event skips it.
    console.log('inside listener', receiveMessageOnPort(port2));
  }
  if (value === 'last') {
    console.log('events', seen);
    port2.close();
    console.log('after close', receiveMessageOnPort(port2));
    rpc();
  }
});
port1.postMessage('c');
port1.postMessage('last');

for (const bad of [undefined, {}, 'port', port1.constructor]) {
  try {
    receiveMessageOnPort(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

function rpc() {
  const channel = new MessageChannel();
  const sab = new SharedArrayBuffer(4);
  const flag = new Int32Array(sab);
  const w = new Worker(__dirname + '/worker_threads/sync_rpc.js', {
    workerData: { port: channel.port2, sab },
    transferList: [channel.port2],
  });
  channel.port1.on('message', ({ question }) => {
    channel.port1.postMessage({ answer: question * 100 });
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  w.on('message', (answers) => {
    console.log('worker answers', answers);
    channel.port1.close();
  });
  w.on('exit', (code) => console.log('exit', code));
}
