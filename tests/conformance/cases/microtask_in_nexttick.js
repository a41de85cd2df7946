// The whole nextTick queue (including ticks added while draining) runs
// before promise microtasks queued from inside those ticks.
process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p from t1'));
  process.nextTick(() => console.log('t3 (queued by t1)'));
});
process.nextTick(() => {
  console.log('t2');
  queueMicrotask(() => {
    console.log('q from t2');
    process.nextTick(() => console.log('t4 (queued by q)'));
  });
});
Promise.resolve().then(() => console.log('p0'));
console.log('sync');
