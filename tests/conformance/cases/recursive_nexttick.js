// Recursive nextTick (bounded) starves promises and timers until it stops.
let n = 0;
function again() {
  n++;
  console.log('tick', n);
  if (n < 6) process.nextTick(again);
}
process.nextTick(again);
Promise.resolve().then(() => console.log('promise after', n, 'ticks'));
setTimeout(() => console.log('timer'), 0);
console.log('sync');
