// process.exit() without an argument uses process.exitCode.
process.exitCode = 7;
process.nextTick(() => {
  console.log('nextTick exits');
  process.exit();
});
process.nextTick(() => console.log('nextTick 2 (never)'));
console.log('sync');
