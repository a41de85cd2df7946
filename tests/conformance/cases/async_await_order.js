// Several awaits interleaved with a plain promise chain.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await 1');
  await Promise.resolve();
  console.log('f after await 2');
  await undefined;
  console.log('f after await 3');
  return 'f done';
}
Promise.resolve()
  .then(() => console.log('chain 1'))
  .then(() => console.log('chain 2'))
  .then(() => console.log('chain 3'))
  .then(() => console.log('chain 4'));
f().then((v) => console.log(v));
console.log('sync end');
