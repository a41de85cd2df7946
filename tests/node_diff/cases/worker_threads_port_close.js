// MessagePort 'close': close() fires it on this port and (once the queued
// messages were delivered) on a started peer, after the turn's immediates;
// node-style listeners get the event; a port whose owner (a worker) ends
// is closed too. (Not compared: a peer that was never started, which Node
// also tells and isohost does not.)
const { MessageChannel, Worker } = require('worker_threads');
const steps = [];
const next = () => steps.length > 0 && steps.shift()();

steps.push(() => {
  const { port1, port2 } = new MessageChannel();
  const log = [];
  port1.on('message', (value) => log.push(`port1 message ${value}`));
  port1.on('close', (event) => {
    log.push(`port1 close ${event.type} ${event instanceof Event}`);
    console.log(log);
    next();
  });
  port2.addEventListener('close', (event) => log.push(`port2 close ${event.type}`));
  setImmediate(() => log.push('immediate queued before close()'));
  port2.postMessage(1);
  port2.postMessage(2);
  port2.close();
  port2.close();  // idempotent: one event
  port2.postMessage('after close: dropped');
  setImmediate(() => log.push('immediate queued after close()'));
  log.push('close() returned');
});

steps.push(() => {
  const { port1, port2 } = new MessageChannel();
  const log = [];
  port1.on('close', () => log.push('port1 closed itself'));
  port2.on('message', () => {});
  port2.on('close', () => {
    log.push('port2 saw the other side close');
    console.log(log);
    next();
  });
  port1.close();
});

steps.push(() => {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(`
    const { workerData } = require('worker_threads');
    workerData.port.postMessage('from the worker');
  `, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  const log = [];
  let exited = false;
  let closed = false;
  const done = () => {
    if (!exited || !closed) return;
    console.log(log);
  };
  port1.on('message', (value) => log.push(value));
  port1.on('close', () => {
    log.push('port1 closed: its peer went with the worker');
    closed = true;
    done();
  });
  w.on('exit', (code) => {
    exited = true;
    done();
  });
});

next();
