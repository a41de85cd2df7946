// Throwing a non-Error value from a nextTick: still exit code 1.
process.nextTick(() => {
  console.log('tick');
  throw 42;
});
setTimeout(() => console.log('timer (never)'), 1);
console.log('sync');
