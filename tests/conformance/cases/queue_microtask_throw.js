// An error thrown by a queueMicrotask callback is an uncaught exception:
// exit 1. Node stops at once: later microtasks and timers do not run.
queueMicrotask(() => console.log('q1'));
queueMicrotask(() => {
  console.log('q2 throws');
  throw new Error('boom in microtask');
});
setTimeout(() => console.log('timer (never)'), 1);
console.log('sync');
