// HTML: addEventListener('message') does not start a port (only start() or
// setting onmessage does), so messages wait until start() in the timer.
// Node starts the port on addEventListener: see spec_overrides.txt.
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => {
  console.log('got', e.data);
  if (e.data === 'three') {
    port1.close();
    port2.close();
  }
});
port1.postMessage('one');
port1.postMessage('two');
setTimeout(() => {
  console.log('calling start()');
  port2.start();
  port1.postMessage('three');
}, 30);
console.log('posted');
