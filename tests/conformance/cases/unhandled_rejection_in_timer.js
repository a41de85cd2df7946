// A rejection created inside a timer and never handled: exit 1 after that
// timer's checkpoint; later timers do not run.
setTimeout(() => {
  console.log('timer 1');
  Promise.reject(new Error('late unhandled'));
  Promise.resolve().then(() => console.log('timer 1 microtask'));
}, 1);
setTimeout(() => console.log('timer 2 (never)'), 20);
