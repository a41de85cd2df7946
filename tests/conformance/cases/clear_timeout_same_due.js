// A timer clears another timer that is due at the same time (already
// expired): the cleared one must not run.
let second;
setTimeout(() => {
  console.log('first');
  clearTimeout(second);
}, 3);
second = setTimeout(() => console.log('second (never)'), 3);
setTimeout(() => console.log('third'), 3);
// Clearing from a microtask between two due timers also works.
let fifth;
setTimeout(() => {
  console.log('fourth');
  Promise.resolve().then(() => clearTimeout(fifth));
}, 10);
fifth = setTimeout(() => console.log('fifth (never)'), 10);
setTimeout(() => console.log('sixth'), 10);
