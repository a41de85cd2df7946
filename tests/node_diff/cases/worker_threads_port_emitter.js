// MessagePort as Node's event emitter: on/once/off/addListener/
// removeListener/removeAllListeners get the message's value (not an event),
// run in registration order together with addEventListener listeners and
// onmessage, start the port and make it keep the process alive (hasRef).
// (Not compared: eventNames(), where Node lists listeners of its own, and
// hasRef() after removeAllListeners(), where Node keeps the port ref'd.)
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const log = [];
function named(name) {
  return function (value) {
    log.push([name, value instanceof Event ? `event:${value.data}` : value,
              this === port2]);
  };
}
console.log('hasRef before', port2.hasRef(), port2.listenerCount('message'));
const a = named('on');
const b = named('once');
const c = named('addListener');
port2.on('message', a);
port2.addEventListener('message', named('addEventListener'));
port2.once('message', b);
port2.addListener('message', c);
console.log('returns this', port2.on('messageerror', () => {}) === port2);
console.log('hasRef with listeners', port2.hasRef(), port2.listenerCount('message'),
            port2.eventNames().includes('message'));
port1.postMessage('first');
port1.postMessage({ second: 2 });

setTimeout(() => {
  console.log(log);
  log.length = 0;
  port2.off('message', a);
  port2.removeListener('message', c);
  port2.onmessage = named('onmessage');
  port1.postMessage('third');
  setTimeout(() => {
    console.log(log);
    console.log('emit', port2.emit('message', 'emitted'), log.pop());
    port2.onmessage = null;
    port2.removeAllListeners('message');
    console.log('after removing all', port2.listenerCount('message'));
    console.log('max listeners', port2.getMaxListeners(),
                port2.setMaxListeners(3), port2.getMaxListeners());
    for (const bad of [null, 'not a function', 5]) {
      try {
        console.log('ignored', port2.on('message', bad) === port2);
      } catch (error) {
        console.log('bad listener', error.name, error.code, error.message);
      }
    }
    port1.postMessage('unheard');
    port1.close();
  }, 10);
}, 10);
