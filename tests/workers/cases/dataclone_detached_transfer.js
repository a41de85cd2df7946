// HTML: a detached ArrayBuffer in the transfer list throws DataCloneError
// (StructuredSerializeWithTransfer), and nothing is sent. Node sends an empty
// ArrayBuffer instead: see spec_overrides.txt.
const w = new Worker('workers/echo_back_worker.js');
const buf = new ArrayBuffer(8);
structuredClone(buf, { transfer: [buf] }); // detaches buf
console.log('detached:', buf.byteLength);
for (const [label, f] of [
  ['detached buffer as value and in transfer list', () => w.postMessage(buf, [buf])],
  ['detached buffer only in transfer list', () => w.postMessage('x', [buf])],
]) {
  try {
    f();
    console.log(label + ': no throw');
  } catch (e) {
    console.log(label + ':', e.name, e instanceof DOMException, e.code);
  }
}
w.postMessage('still works');
w.onmessage = (e) => {
  console.log('echo', Object.prototype.toString.call(e.data), JSON.stringify(e.data));
  if (e.data === 'still works') w.postMessage('bye');
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
