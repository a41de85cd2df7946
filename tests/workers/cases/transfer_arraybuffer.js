// ArrayBuffer transfer main -> worker detaches the source (byteLength 0, views
// length 0); the worker transfers it back the same way. A buffer that is only
// cloned (not in the transfer list) stays usable in the sender.
const w = new Worker('workers/transfer_arraybuffer_worker.js');
const buf = new ArrayBuffer(8);
const view = new Uint8Array(buf);
view.set([1, 2, 3, 4, 5, 6, 7, 8]);
w.postMessage({ kind: 'transfer', buf }, [buf]);
console.log('main after transfer: byteLength', buf.byteLength, 'view.length', view.length);

const copied = new Uint8Array([9, 9, 9]);
w.postMessage({ kind: 'copy', view: copied });
console.log('main after copy: byteLength', copied.buffer.byteLength);

const typed = new Float64Array([1.5, 2.5]);
w.postMessage({ kind: 'view', typed }, { transfer: [typed.buffer] });
console.log('main after {transfer} option: typed.length', typed.length);

w.onmessage = (e) => {
  const d = e.data;
  if (d.kind === 'back') {
    console.log('main got back', d.buf.constructor.name, d.buf.byteLength,
      Array.from(new Uint8Array(d.buf)).join(','));
  } else {
    console.log('worker says', JSON.stringify(d));
  }
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
