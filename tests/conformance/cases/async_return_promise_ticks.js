// An async function that returns a promise settles two ticks later than one
// that returns a plain value (resolving with a thenable costs extra jobs).
async function returnsValue() { return 'value'; }
async function returnsPromise() { return Promise.resolve('promise'); }
async function returnsAwaited() { return await Promise.resolve('awaited'); }
returnsPromise().then((v) => console.log('resolved:', v));
returnsAwaited().then((v) => console.log('resolved:', v));
returnsValue().then((v) => console.log('resolved:', v));
let i = 0;
function tick() {
  if (++i > 5) return;
  console.log('tick', i);
  Promise.resolve().then(tick);
}
Promise.resolve().then(tick);
