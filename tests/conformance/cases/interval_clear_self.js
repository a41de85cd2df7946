// setInterval cleared from its own callback after 3 runs, with extra args.
let n = 0;
const id = setInterval((a, b) => {
  n++;
  console.log('tick', n, a, b);
  Promise.resolve().then(() => console.log('microtask after tick', n));
  if (n === 3) {
    clearInterval(id);
    console.log('cleared');
    setTimeout(() => console.log('done, n =', n), 20);
  }
}, 2, 'x', 42);
