// A rejection that gets a handler later in the same microtask checkpoint is
// not reported: exit code 0.
const p = Promise.reject(new Error('handled soon'));
Promise.resolve()
  .then(() => console.log('microtask 1'))
  .then(() => {
    console.log('microtask 2 attaches handler');
    p.catch((e) => console.log('caught:', e.message));
  });
process.nextTick(() => console.log('nextTick'));
setTimeout(() => console.log('timer runs'), 1);
console.log('sync');
