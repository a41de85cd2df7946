// setImmediate vs a 50 ms timer from the main script: the immediate runs in
// the first loop iteration (no race with setTimeout(0) here).
setTimeout(() => console.log('timeout 50'), 50);
setImmediate(() => {
  console.log('immediate');
  process.nextTick(() => console.log('immediate -> nextTick'));
  Promise.resolve().then(() => console.log('immediate -> promise'));
});
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
