// A nextTick queued by a microtask runs only after the microtask queue is
// empty (including microtasks queued after the nextTick was).
Promise.resolve().then(() => {
  console.log('m1');
  process.nextTick(() => {
    console.log('tick from m1');
    Promise.resolve().then(() => console.log('m from tick'));
  });
  Promise.resolve().then(() => {
    console.log('m1 -> m3');
    Promise.resolve().then(() => console.log('m1 -> m3 -> m4'));
  });
});
Promise.resolve().then(() => console.log('m2'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
