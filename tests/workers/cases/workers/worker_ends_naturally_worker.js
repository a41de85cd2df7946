postMessage('top level');
setTimeout(() => {
  postMessage('timer');
  setImmediate(() => postMessage('immediate'));
}, 10);
Promise.resolve().then(() => postMessage('microtask'));
