// finally passes values through and costs extra microtask ticks.
Promise.resolve('v1')
  .finally(() => console.log('finally 1'))
  .then((v) => console.log('then after finally:', v));
Promise.reject(new Error('e1'))
  .finally(() => console.log('finally 2'))
  .catch((e) => console.log('catch after finally:', e.message));
Promise.resolve('v2')
  .finally(() => { throw new Error('from finally'); })
  .catch((e) => console.log('finally throw overrides:', e.message));
Promise.resolve('v3')
  .finally(() => 'ignored return')
  .then((v) => console.log('finally return ignored:', v));
let i = 0;
function tick() {
  if (++i > 6) return;
  console.log('tick', i);
  Promise.resolve().then(tick);
}
Promise.resolve().then(tick);
