// An uncaught error exits with 1 even if process.exitCode was set.
process.exitCode = 5;
setTimeout(() => {
  console.log('timer throws');
  throw new Error('boom');
}, 1);
