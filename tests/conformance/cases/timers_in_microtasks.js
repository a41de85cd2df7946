// Timers and immediates created inside microtasks and nextTicks.
Promise.resolve().then(() => {
  setTimeout(() => console.log('timeout 5 from promise'), 5);
  setTimeout(() => console.log('timeout 1 from promise'), 1);
});
process.nextTick(() => {
  setTimeout(() => console.log('timeout 1 from nextTick'), 1);
});
setTimeout(() => {
  Promise.resolve().then(() => {
    setImmediate(() => console.log('immediate from promise in timer'));
    setTimeout(() => console.log('timeout 0 from promise in timer'), 0);
  });
}, 30);
console.log('sync');
