// A timer never fires early (allowing 1 ms of rounding).
const t0 = performance.now();
setTimeout(() => {
  console.log('50 ms timer: elapsed >= 49', performance.now() - t0 >= 49);
  const t1 = performance.now();
  setTimeout(() => {
    console.log('nested 20 ms timer: elapsed >= 19', performance.now() - t1 >= 19);
  }, 20);
}, 50);
const t2 = performance.now();
setImmediate(() => {
  console.log('immediate: performance.now() is monotonic', performance.now() >= t2);
});
