// Microtasks queued by microtasks run in the same checkpoint, FIFO.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => {
  console.log('a1');
  Promise.resolve().then(() => {
    console.log('a2');
    queueMicrotask(() => console.log('a3'));
  });
});
Promise.resolve().then(() => {
  console.log('b1');
  queueMicrotask(() => {
    console.log('b2');
    Promise.resolve().then(() => console.log('b3'));
  });
});
console.log('sync');
