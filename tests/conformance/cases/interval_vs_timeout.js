// An interval and a timeout with the same period: ties run in creation
// order; the interval keeps running until cleared, and nothing after.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) {
    clearInterval(id);
    setTimeout(() => console.log('after clear, n =', n), 25);
  }
}, 10);
setTimeout(() => console.log('timeout 10'), 10);
