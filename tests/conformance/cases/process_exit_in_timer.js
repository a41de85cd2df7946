// process.exit(3) inside a timer stops everything immediately.
setTimeout(() => {
  console.log('timer 1 exits');
  process.nextTick(() => console.log('nextTick (never)'));
  Promise.resolve().then(() => console.log('promise (never)'));
  setImmediate(() => console.log('immediate (never)'));
  process.exit(3);
  console.log('after exit (never)');
}, 30);
setTimeout(() => console.log('timer 2 (never)'), 30);
setTimeout(() => console.log('timer 3 (never)'), 60);
setImmediate(() => console.log('immediate runs first'));
console.log('sync');
