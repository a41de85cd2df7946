// process.exitCode from a module with top-level await.
await null;
process.exitCode = 6;
console.log('set exitCode');
