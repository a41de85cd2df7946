// An error thrown inside a then callback is caught downstream; chains that
// skip rejected values pass through.
Promise.resolve(1)
  .then((v) => {
    console.log('then', v);
    throw new Error('thrown in then');
  })
  .then(() => console.log('skipped (never)'))
  .catch((e) => {
    console.log('caught:', e.message);
    return 'recovered';
  })
  .then((v) => console.log('after catch:', v));
Promise.reject(new RangeError('r'))
  .then(null, (e) => console.log('onRejected:', e.name));
new Promise(() => { throw new Error('executor threw'); })
  .catch((e) => console.log('executor caught:', e.message));
(async () => {
  try {
    await Promise.reject(new Error('awaited rejection'));
  } catch (e) {
    console.log('try/catch around await:', e.message);
  }
})();
console.log('sync');
