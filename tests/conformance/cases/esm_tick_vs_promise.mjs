// In an ES module the body runs inside a microtask checkpoint, so promise
// callbacks run BEFORE process.nextTick callbacks (the reverse of CJS).
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
