// Microtasks and nextTicks run between two timers that are due at once.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('timer 1 -> promise'));
  process.nextTick(() => console.log('timer 1 -> nextTick'));
  queueMicrotask(() => console.log('timer 1 -> queueMicrotask'));
}, 5);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('timer 2 -> promise'));
  process.nextTick(() => console.log('timer 2 -> nextTick'));
}, 5);
setTimeout(() => console.log('timer 3'), 5);
