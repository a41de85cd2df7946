// Main posts three messages, the worker echoes each one back, main
// terminates the (idle, still listening) worker: exit event, then the
// terminate() promise, both with exit code 1.
const w = new Worker('workers/echo_worker.js');
let n = 0;
w.onmessage = (e) => {
  console.log('main got', JSON.stringify(e.data), e instanceof MessageEvent, e.type);
  if (++n === 3) {
    w.terminate().then((code) => console.log('terminate() resolved', code));
  }
};
w.addEventListener('exit', (e) => console.log('exit event', e.type, e.code));
w.postMessage('hello');
w.postMessage({ n: 1, list: [1, 2, 3] });
w.postMessage(42);
console.log('posted 3');
