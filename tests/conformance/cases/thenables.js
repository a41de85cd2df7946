// Thenables: adopted via an extra job (NewPromiseResolveThenableJob).
const syncThenable = {
  then(resolve) {
    console.log('syncThenable.then called');
    resolve('sync thenable value');
  },
};
const asyncThenable = {
  then(resolve) {
    console.log('asyncThenable.then called');
    setTimeout(() => resolve('async thenable value'), 1);
  },
};
const throwingThenable = {
  then() { throw new Error('thenable threw'); },
};
Promise.resolve(syncThenable).then((v) => console.log('got', v));
Promise.resolve(asyncThenable).then((v) => console.log('got', v));
Promise.resolve(throwingThenable).catch((e) => console.log('caught', e.message));
(async () => {
  const v = await syncThenable;
  console.log('await got', v);
})();
let i = 0;
function tick() {
  if (++i > 4) return;
  console.log('tick', i);
  Promise.resolve().then(tick);
}
Promise.resolve().then(tick);
console.log('sync');
