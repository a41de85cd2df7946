// A port goes to a worker and comes back to main inside a message from the
// worker, still entangled with port1. What the worker posted on it before
// sending it back waits in port1 until port1.onmessage starts it.
const { port1, port2 } = new MessageChannel();
const w = new Worker('workers/port_roundtrip_worker.js');
w.postMessage({ port: port2 }, [port2]);
w.onmessage = (e) => {
  const back = e.data.port;
  console.log('main got back a MessagePort:', back instanceof MessagePort, back !== port2);
  back.onmessage = (m) => {
    console.log('returned port got', m.data);
    back.postMessage('reply from returned port');
  };
  port1.onmessage = (m) => {
    console.log('port1 got', m.data);
    if (m.data === 'from worker via port2') {
      port1.postMessage('hello returned port');
    } else {
      port1.close();
      back.close();
      w.terminate();
    }
  };
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
