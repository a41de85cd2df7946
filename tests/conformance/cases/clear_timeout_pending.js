// clearTimeout of pending timers; clearing twice, clearing fired timers and
// clearing bogus values are no-ops.
const a = setTimeout(() => console.log('a (never)'), 1);
setTimeout(() => {
  clearTimeout(c);
  console.log('cleared c from a timer');
}, 2);
const b = setTimeout(() => {
  console.log('b');
  clearTimeout(b);
}, 10);
const c = setTimeout(() => console.log('c (never)'), 20);
clearTimeout(a);
clearTimeout(a);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(12345);
clearTimeout({});
setTimeout(() => console.log('end'), 30);
console.log('sync');
