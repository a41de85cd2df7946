// Microtasks and nextTicks run between immediates of the same check phase.
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate 1');
    Promise.resolve().then(() => console.log('immediate 1 -> promise'));
    process.nextTick(() => console.log('immediate 1 -> nextTick'));
  });
  setImmediate(() => {
    console.log('immediate 2');
    queueMicrotask(() => console.log('immediate 2 -> queueMicrotask'));
  });
  setImmediate(() => console.log('immediate 3'));
}, 1);
