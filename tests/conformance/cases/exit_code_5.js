// process.exitCode sets the exit code once the loop is done; everything
// still runs.
process.exitCode = 5;
console.log('exitCode is', process.exitCode);
setImmediate(() => {
  console.log('immediate still runs');
  setTimeout(() => {
    console.log('timer still runs');
    Promise.resolve().then(() => console.log('microtask still runs'));
  }, 5);
});
