// From the main script: a timer that is already due when the loop starts
// runs before setImmediate (timers phase, then check phase). The busy-wait
// makes the 1 ms timer due for sure; without it the order would be a race.
setImmediate(() => {
  console.log('immediate');
  process.nextTick(() => console.log('immediate -> nextTick'));
  Promise.resolve().then(() => console.log('immediate -> promise'));
});
setTimeout(() => {
  console.log('timeout 1 (due at loop start)');
  Promise.resolve().then(() => console.log('timeout -> promise'));
}, 1);
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
const end = performance.now() + 5;
while (performance.now() < end) {}
console.log('sync');
