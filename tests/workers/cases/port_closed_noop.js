// postMessage on a closed port is a silent no-op; a message posted before
// close() is still delivered to the other end; closing twice is fine; posting
// into a port whose other end was closed in a worker is a no-op too.
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  console.log('port2 got', e.data);
  port2.close();
  part2();
};
port1.postMessage('before close');
port1.close();
try {
  port1.postMessage('after close');
  console.log('postMessage on closed port: no throw');
} catch (e) {
  console.log('postMessage on closed port threw', e.name);
}
port1.close();
console.log('second close: no throw');

// A port whose other end went to a worker that closed it.
function part2() {
  const ch = new MessageChannel();
  ch.port1.onmessage = (e) => console.log('port1 got (not expected)', e.data);
  const w = new Worker('workers/port_closed_noop_worker.js');
  w.postMessage({ port: ch.port2 }, [ch.port2]);
  w.onmessage = (e) => {
    console.log('worker says', e.data);
    ch.port1.postMessage('into a port closed in the worker');
    console.log('post after remote close: no throw');
  };
  w.addEventListener('exit', (e) => {
    console.log('exit', e.code);
    ch.port1.close();
  });
}
