// A long chain of microtasks all runs before the next timer.
let n = 0;
function loop() {
  if (++n < 1000) queueMicrotask(loop);
}
queueMicrotask(loop);
setTimeout(() => console.log('timer sees n =', n), 0);
Promise.resolve().then(() => console.log('second microtask, n =', n));
