// process.exit() inside a microtask: exit code 0 (or process.exitCode if
// set), later microtasks do not run.
Promise.resolve().then(() => {
  console.log('microtask 1 exits');
  process.exit();
});
Promise.resolve().then(() => console.log('microtask 2 (never)'));
setTimeout(() => console.log('timer (never)'), 0);
console.log('sync');
