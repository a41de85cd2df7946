// Promise.any: first fulfilment wins; all rejected gives AggregateError.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
const fail = (ms, m) => new Promise((_, j) => setTimeout(() => j(new Error(m)), ms));
Promise.any([fail(1, 'e1'), sleep(10, 'winner'), sleep(20, 'later')])
  .then((v) => console.log('any:', v));
Promise.any([fail(2, 'x'), Promise.reject(new Error('y'))]).catch((e) => {
  console.log(e instanceof AggregateError, e.constructor.name);
  console.log('errors:', e.errors.map((x) => x.message).join(','));
});
Promise.any([]).catch((e) => console.log('any([]):', e.constructor.name, e.errors.length));
console.log('sync');
