// tools/examples/event_loop.js: the run-to-completion event loop, in one
// screen. Run it with `tools/example.sh` (or `isohost run` on this file) and
// compare with `node tools/examples/event_loop.js`: the output is the same.
console.log('1. synchronous code runs to completion first');

setTimeout(() => {
  console.log('6. a timer is a macrotask: it waits for an empty stack');
  setImmediate(() => console.log('8. from a timer, setImmediate comes before...'));
  setTimeout(() => console.log('9. ...a new setTimeout(0), which waits a turn'), 0);
  Promise.resolve().then(() => console.log('7. microtasks still run right after each task'));
}, 0);

Promise.resolve().then(() => {
  console.log('4. promise reactions are microtasks');
  queueMicrotask(() => console.log('5. and queueMicrotask joins the same queue'));
});

process.nextTick(() => console.log('3. process.nextTick runs before any promise'));

console.log('2. still synchronous: nothing asynchronous has run yet');

const started = performance.now();
const interval = setInterval(() => {
  const ticks = ++interval.count;
  if (ticks === 3) {
    clearInterval(interval);
    const elapsed = performance.now() - started;
    console.log(`10. an interval cleared itself after ${ticks} runs (>= 30 ms: ${elapsed >= 29})`);
  }
}, 10);
interval.count = 0;
