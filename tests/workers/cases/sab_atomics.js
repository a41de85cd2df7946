// A SharedArrayBuffer is shared, not copied: the worker blocks in
// Atomics.wait until main stores + notifies; then main blocks in Atomics.wait
// until the worker stores + notifies. Only the values seen are printed (not
// Atomics.wait's 'ok'/'not-equal', which depends on thread timing).
const sab = new SharedArrayBuffer(16);
const i32 = new Int32Array(sab);
const w = new Worker('workers/sab_atomics_worker.js');
w.onmessage = (e) => {
  if (e.data === 'waiting') {
    Atomics.store(i32, 0, 42);
    Atomics.notify(i32, 0);
  } else if (e.data.phase === 'saw') {
    console.log('worker saw', e.data.value, 'in a', e.data.type);
    w.postMessage('your turn');
    while (Atomics.load(i32, 1) === 0) Atomics.wait(i32, 1, 0, 1000);
    console.log('main saw', Atomics.load(i32, 1), 'and plain write', i32[2]);
  }
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
w.postMessage(sab);
