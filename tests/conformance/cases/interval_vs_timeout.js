// An interval and timeouts with the same period: creation order for ties,
// and the interval is rescheduled after its callback.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(id);
}, 10);
setTimeout(() => console.log('timeout 10'), 10);
setTimeout(() => console.log('timeout 60'), 60);
