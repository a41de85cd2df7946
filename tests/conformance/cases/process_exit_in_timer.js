// process.exit(3) inside a timer stops everything immediately. (The timer is
// made due before the loop starts, so it runs before the immediate.)
setTimeout(() => {
  console.log('timer 1 exits');
  process.nextTick(() => console.log('nextTick (never)'));
  Promise.resolve().then(() => console.log('promise (never)'));
  process.exit(3);
  console.log('after exit (never)');
}, 1);
setTimeout(() => console.log('timer 2 (never)'), 1);
setTimeout(() => console.log('timer 3 (never)'), 30);
setImmediate(() => console.log('immediate (never)'));
const end = performance.now() + 5;
while (performance.now() < end) {}
console.log('sync');
