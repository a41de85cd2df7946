// Top-level await of timer-based promises.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
console.log('start');
console.log(await sleep(5, 'after 5 ms'));
setImmediate(() => console.log('immediate queued mid-module'));
console.log(await sleep(1, 'after 1 ms'));
const t0 = performance.now();
await sleep(20);
console.log('waited >= 19 ms:', performance.now() - t0 >= 19);
console.log('end');
