// Promise.all resolves after its inputs; order of results is input order.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([sleep(10, 'slow'), sleep(1, 'fast'), 'plain', Promise.resolve('resolved')])
  .then((vs) => console.log('all:', vs.join(',')));
Promise.all([]).then((vs) => console.log('all([]) length', vs.length));
Promise.all([sleep(5, 'x'), Promise.reject(new Error('nope'))])
  .then(() => console.log('never'), (e) => console.log('all rejected:', e.message));
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2'))
  .then(() => console.log('microtask 3'));
console.log('sync');
