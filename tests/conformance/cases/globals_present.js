// Globals the runtime provides (Node has no `self`, so it is not checked).
for (const name of ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
  'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone']) {
  console.log(name, typeof globalThis[name]);
}
console.log('process.nextTick', typeof process.nextTick);
console.log('process.exit', typeof process.exit);
console.log('performance.now', typeof performance.now, typeof performance.now());
console.log('globalThis.globalThis === globalThis', globalThis.globalThis === globalThis);
