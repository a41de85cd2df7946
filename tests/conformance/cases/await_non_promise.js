// await of a non-promise value still yields to the microtask queue once.
async function a() {
  console.log('a1');
  const x = await 42;
  console.log('a2', x);
  const y = await 'str';
  console.log('a3', y);
}
async function b() {
  console.log('b1');
  const x = await { then: undefined, v: 1 };
  console.log('b2', x.v);
}
a();
b();
queueMicrotask(() => console.log('q1'));
console.log('sync');
