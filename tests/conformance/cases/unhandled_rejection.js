// An unhandled rejection ends the process with exit code 1 after the
// microtask checkpoint; timers never run.
setTimeout(() => console.log('timer (never)'), 1);
Promise.reject(new Error('nobody handles me'));
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
