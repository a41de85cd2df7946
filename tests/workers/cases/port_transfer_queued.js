// Messages already queued in port2 when it is transferred to a worker move
// with it and keep their order; messages posted on port1 after the transfer
// follow them. The worker relays everything it receives on the port.
const { port1, port2 } = new MessageChannel();
for (let i = 1; i <= 5; i++) port1.postMessage('queued ' + i);
const w = new Worker('workers/port_transfer_queued_worker.js');
w.postMessage({ port: port2 }, [port2]);
for (let i = 6; i <= 10; i++) port1.postMessage('after transfer ' + i);
port1.postMessage('end');
w.onmessage = (e) => console.log('relayed', JSON.stringify(e.data));
w.addEventListener('exit', (e) => {
  console.log('exit', e.code);
  port1.close();
});
