// A timer never fires early (allowing 1 ms of rounding), and
// performance.now() never goes backwards.
const t0 = performance.now();
setTimeout(() => {
  const t1 = performance.now();
  console.log('50 ms timer: elapsed >= 49', t1 - t0 >= 49);
  setTimeout(() => {
    console.log('nested 20 ms timer: elapsed >= 19', performance.now() - t1 >= 19);
    setImmediate(() => {
      console.log('immediate: performance.now() is monotonic', performance.now() >= t1);
    });
  }, 20);
}, 50);
