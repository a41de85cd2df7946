// setInterval with delay 0 repeats every 1 ms; immediates queued in it run
// before its next run.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  setImmediate(() => console.log('immediate after interval', n));
  if (n === 3) clearInterval(id);
}, 0);
