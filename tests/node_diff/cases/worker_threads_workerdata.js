// workerData: cloned into the worker (undefined when not given), with a
// transferList for ports and buffers inside it (the sender's buffer is
// detached); a value that cannot be cloned throws DataCloneError in the
// constructor and no worker starts.
const { Worker, MessageChannel } = require('worker_threads');
const script = __dirname + '/worker_threads/report_data.js';

function run(label, options) {
  return new Promise((resolve) => {
    const w = new Worker(script, options);
    w.on('message', (report) => console.log(label, report));
    w.on('exit', (code) => {
      console.log(label, 'exit', code);
      resolve();
    });
  });
}

(async () => {
  await run('none');
  await run('undefined', { workerData: undefined });
  await run('null', { workerData: null });
  await run('number', { workerData: 42 });
  await run('object', {
    workerData: { list: [1, 'two', { three: 3 }], map: new Map([['k', 'v']]) },
  });
  const shared = { s: 'same' };
  await run('shared refs', { workerData: { a: shared, b: shared } });
  const { port1, port2 } = new MessageChannel();
  const buffer = new Uint8Array([9, 8, 7]).buffer;
  const viaPort = new Promise((resolve) => port1.once('message', resolve));
  await run('transfer', {
    workerData: { port: port2, buffer },
    transferList: [port2, buffer],
  });
  console.log('port1 got', await viaPort);
  console.log('buffer after transfer', buffer.byteLength);
  port1.close();
  try {
    new Worker(script, { workerData: { f() {} } });
  } catch (error) {
    console.log('uncloneable', error.name, error.constructor.name);
  }
  // (A port in workerData but not in transferList: Node throws TypeError,
  // isohost DataCloneError as HTML says; not compared.)
})();
