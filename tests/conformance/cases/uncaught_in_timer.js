// An uncaught error in a timer ends the process with exit code 1; output
// printed before it stays; later timers and immediates do not run.
setTimeout(() => console.log('timer 1'), 1);
setTimeout(() => {
  console.log('timer 2 about to throw');
  Promise.resolve().then(() => console.log('microtask (never)'));
  throw new Error('boom in timer');
}, 2);
setTimeout(() => console.log('timer 3 (never)'), 2);
setTimeout(() => console.log('timer 4 (never)'), 30);
console.log('sync');
