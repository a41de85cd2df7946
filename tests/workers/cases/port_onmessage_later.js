// Messages posted to a port before anyone listens wait in its queue: setting
// onmessage later (in a timer) starts the port and delivers them all, in
// order, before the ones posted afterwards.
const { port1, port2 } = new MessageChannel();
port1.postMessage('one');
port1.postMessage('two');
setTimeout(() => {
  console.log('setting onmessage');
  port2.onmessage = (e) => {
    console.log('got', e.data);
    if (e.data === 'three') {
      port1.close();
      port2.close();
    }
  };
  port1.postMessage('three');
}, 30);
console.log('posted');
