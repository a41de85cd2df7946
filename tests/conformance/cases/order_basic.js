// sync < nextTick < promise/queueMicrotask (FIFO between them) < timers.
console.log('sync 1');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('queueMicrotask 1'));
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('nextTick 2'));
queueMicrotask(() => console.log('queueMicrotask 2'));
console.log('sync 2');
