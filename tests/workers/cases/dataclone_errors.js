// Every non-cloneable value throws a DOMException named DataCloneError (code
// 25) synchronously; nothing is sent (the worker only echoes the 'ok N'
// messages) and the channel keeps working. A failed post does not detach the
// ArrayBuffers in its transfer list.
const w = new Worker('workers/echo_back_worker.js');
const buf = new ArrayBuffer(8);
// Transfer moved.port2 away (into a channel nobody reads): it is detached here.
const moved = new MessageChannel();
const sink = new MessageChannel();
sink.port1.postMessage(moved.port2, [moved.port2]);
moved.port1.close();
sink.port1.close();
sink.port2.close();
const cases = [
  ['function', () => w.postMessage(() => 1)],
  ['nested function', () => w.postMessage({ a: [1, { f() {} }] })],
  ['symbol', () => w.postMessage(Symbol('s'))],
  ['symbol in object', () => w.postMessage({ s: Symbol.iterator })],
  ['WeakMap', () => w.postMessage(new WeakMap())],
  ['WeakSet', () => w.postMessage(new WeakSet())],
  ['Promise', () => w.postMessage(Promise.resolve(1))],
  ['duplicate ArrayBuffer in transfer list', () => w.postMessage(buf, [buf, buf])],
  ['function next to a transferred buffer', () => w.postMessage({ buf, f: () => 1 }, [buf])],
  ['already transferred MessagePort in transfer list', () => w.postMessage(1, [moved.port2])],
  ['structuredClone(function)', () => structuredClone(() => 1)],
];
let n = 0;
for (const [label, f] of cases) {
  try {
    f();
    console.log(label + ': no throw');
  } catch (e) {
    console.log(label + ':', e.name, e instanceof DOMException, e.code);
  }
  w.postMessage('ok ' + ++n);
}
console.log('buf.byteLength after failed posts:', buf.byteLength);
w.onmessage = (e) => {
  console.log('echo', JSON.stringify(e.data));
  if (e.data === 'ok ' + n) w.postMessage('bye');
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
