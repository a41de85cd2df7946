// Inside an immediate, a setTimeout(0) and a setImmediate race on the next
// iteration; the busy-wait makes the timer due first, so it wins.
function busyWait(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) {}
}
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate 1');
    setImmediate(() => console.log('immediate 2'));
    setTimeout(() => console.log('timeout 0'), 0);
    busyWait(5);
  });
}, 1);
