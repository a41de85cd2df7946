// Transfer of ArrayBuffers (detached in the sender, the same memory moves)
// and MessagePorts (in the value and the transfer list; the two ends then
// talk directly, each way), and a SharedArrayBuffer (shared, not copied).
const { Worker, MessageChannel, MessagePort } = require('worker_threads');
const w = new Worker(__dirname + '/worker_threads/transfer.js');
const steps = [];
function next() {
  const step = steps.shift();
  if (step !== undefined) step();
}
let onReply = null;
w.on('message', (message) => onReply(message));

steps.push(() => {
  const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
  w.postMessage({ kind: 'buffer', buffer }, [buffer]);
  console.log('sender buffer after postMessage', buffer.byteLength);
  onReply = (message) => {
    if (message.kind === 'buffer') {
      console.log('back', message.buffer instanceof ArrayBuffer,
                  [...new Uint8Array(message.buffer)]);
    } else {
      console.log('worker side after transfer', message.length);
      next();
    }
  };
});

steps.push(() => {
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ kind: 'port', port: port2 }, [port2]);
  const got = [];
  port1.on('message', (value) => {
    got.push(value);
    if (got.length === 3) {
      console.log('over the transferred port', got);
      port1.close();
      next();
    }
  });
  port1.postMessage('one');
  port1.postMessage('two');
  port1.postMessage('last');
  // port2 was transferred: posting on it here does nothing.
  port2.postMessage('dropped');
});

steps.push(() => {
  w.postMessage({ kind: 'give port' });
  onReply = (message) => {
    console.log('given a port', message.port instanceof MessagePort);
    message.port.once('message', (value) => {
      console.log('worker-made port answered', value);
      message.port.close();
      next();
    });
    message.port.postMessage(7);
  };
});

steps.push(() => {
  const sab = new SharedArrayBuffer(8);
  const counter = new Int32Array(sab);
  counter[0] = 5;
  w.postMessage({ kind: 'shared', sab });
  onReply = () => {
    console.log('shared counter', Atomics.load(counter, 0));
    w.postMessage({ kind: 'stop' });
  };
});

w.on('exit', (code) => console.log('exit', code));
next();
