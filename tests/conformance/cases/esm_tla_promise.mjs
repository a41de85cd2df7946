// Top-level await of promises, interleaved with other queued work.
console.log('start');
setTimeout(() => console.log('timer fires after module finished'), 0);
Promise.resolve().then(() => console.log('microtask queued before await'));
const v = await Promise.resolve('resolved value');
console.log('awaited', v);
const w = await 7;
console.log('awaited non-promise', w);
console.log('end of module');
