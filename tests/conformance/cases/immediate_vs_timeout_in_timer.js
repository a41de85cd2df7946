// Inside a timer callback, setImmediate always runs before setTimeout(0).
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout 1'), 1);
  setImmediate(() => console.log('immediate 2'));
}, 1);
