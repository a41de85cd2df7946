// A synchronous throw at top level: exit code 1, nothing queued runs.
console.log('before throw');
setTimeout(() => console.log('timer (never)'), 0);
Promise.resolve().then(() => console.log('promise (never)'));
process.nextTick(() => console.log('nextTick (never)'));
throw new Error('top-level boom');
