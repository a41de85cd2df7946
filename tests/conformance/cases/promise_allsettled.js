// Promise.allSettled reports every outcome, in input order.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.allSettled([
  sleep(5, 'a'),
  Promise.reject(new Error('b failed')),
  'c',
  new Promise((_, j) => setTimeout(() => j(new Error('d failed')), 1)),
]).then((rs) => {
  for (const r of rs) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
  }
});
Promise.allSettled([]).then((rs) => console.log('empty', rs.length));
console.log('sync');
