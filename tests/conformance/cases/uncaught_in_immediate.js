// An uncaught error in an immediate: exit 1, later immediates do not run.
setTimeout(() => {
  setImmediate(() => console.log('immediate 1'));
  setImmediate(() => {
    console.log('immediate 2 throws');
    throw new TypeError('boom in immediate');
  });
  setImmediate(() => console.log('immediate 3 (never)'));
}, 1);
