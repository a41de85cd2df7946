// setImmediate queued inside an immediate runs in the NEXT loop iteration,
// after the timers phase. The busy-wait makes sure the 1 ms timer is due by
// then.
function busyWait(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) {}
}
setTimeout(() => {
  console.log('timer 0');
  setTimeout(() => console.log('timer 1 (due before next iteration)'), 1);
  setImmediate(() => {
    console.log('immediate A');
    setImmediate(() => console.log('immediate B (queued by A)'));
    busyWait(5);
  });
  setImmediate(() => console.log('immediate C (same batch as A)'));
}, 1);
