// for await over an async generator and an array of promises.
async function* gen() {
  yield 1;
  await new Promise((r) => setTimeout(r, 2));
  yield 2;
  yield Promise.resolve(3);
}
(async () => {
  for await (const v of gen()) console.log('gen', v);
  for await (const v of [Promise.resolve('p1'), 'plain', new Promise((r) => setTimeout(() => r('p3'), 1))]) {
    console.log('array', v);
  }
  console.log('done');
})();
console.log('sync');
