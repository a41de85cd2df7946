// terminate() stops a worker stuck in `for (;;) {}`: the 'exit' event fires
// with code 1, then the promise terminate() returned resolves with 1.
const w = new Worker('workers/terminate_busy_worker.js');
w.onmessage = (e) => {
  console.log('main got', e.data);
  const t0 = performance.now();
  const p = w.terminate();
  console.log('terminate() returned a Promise:', p instanceof Promise);
  p.then((code) => {
    console.log('terminate() resolved with', code);
    console.log('took < 1 s:', performance.now() - t0 < 1000);
  });
};
w.addEventListener('exit', (e) => console.log('exit event', e.code));
