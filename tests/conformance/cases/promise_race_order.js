// Promise.race settles with the first settled input.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
const fail = (ms, m) => new Promise((_, j) => setTimeout(() => j(new Error(m)), ms));
Promise.race([sleep(20, 'slow'), sleep(2, 'fast')]).then((v) => console.log('race 1:', v));
Promise.race([sleep(10, 'slow'), fail(3, 'fast failure')])
  .then((v) => console.log('never', v), (e) => console.log('race 2 rejected:', e.message));
Promise.race([sleep(1, 'timer'), 'plain']).then((v) => console.log('race 3:', v));
Promise.race([Promise.resolve('first'), Promise.resolve('second')])
  .then((v) => console.log('race 4:', v));
console.log('sync');
