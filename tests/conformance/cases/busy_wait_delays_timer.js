// Long synchronous work delays a due timer; it still runs, and the elapsed
// time is at least the delay.
const start = performance.now();
setTimeout(() => console.log('timer 5 ran'), 5);
setTimeout(() => {
  const elapsed = performance.now() - start;
  console.log('timer 10 ran');
  console.log('elapsed >= 10:', elapsed >= 9.5);
  console.log('elapsed >= 100 (delayed by busy work):', elapsed >= 99);
}, 10);
Promise.resolve().then(() => console.log('promise (runs after the busy work)'));
const end = start + 100;
while (performance.now() < end) {}
console.log('busy work done');
