// Transfer tests, worker side: doubles the bytes of a buffer and sends it
// back transferred; answers on a port it was given; hands main a port of
// its own; bumps a shared counter.
const { parentPort, MessageChannel } = require('worker_threads');
let side;
parentPort.on('message', (message) => {
  switch (message.kind) {
    case 'buffer': {
      const bytes = new Uint8Array(message.buffer);
      for (let i = 0; i < bytes.length; i++) bytes[i] *= 2;
      parentPort.postMessage({ kind: 'buffer', buffer: message.buffer },
                             [message.buffer]);
      parentPort.postMessage({ kind: 'detached', length: message.buffer.byteLength });
      break;
    }
    case 'port':
      message.port.on('message', (value) => {
        message.port.postMessage(`port echo: ${value}`);
        if (value === 'last') message.port.close();
      });
      break;
    case 'give port': {
      side = new MessageChannel();
      side.port1.on('message', (value) => {
        side.port1.postMessage(value * 10);
        side.port1.close();
      });
      parentPort.postMessage({ kind: 'given', port: side.port2 }, [side.port2]);
      break;
    }
    case 'shared': {
      const counter = new Int32Array(message.sab);
      for (let i = 0; i < 1000; i++) Atomics.add(counter, 0, 1);
      Atomics.notify(counter, 1);
      parentPort.postMessage({ kind: 'shared done' });
      break;
    }
    case 'stop':
      parentPort.close();
      break;
  }
});
