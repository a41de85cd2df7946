// The last value of process.exitCode wins.
process.exitCode = 9;
setTimeout(() => {
  process.exitCode = 4;
  console.log('changed to', process.exitCode);
}, 2);
