// Inside a timer: nextTick and promise callbacks run before a setImmediate
// queued earlier, which runs before setTimeout(0).
setTimeout(() => {
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout 0'), 0);
  process.nextTick(() => console.log('nextTick'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('timer body');
}, 1);
