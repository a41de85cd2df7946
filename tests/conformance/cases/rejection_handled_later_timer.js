// In Node 20 (--unhandled-rejections=throw) a rejection handled only in a
// later setTimeout is already fatal: exit 1, the timer never runs.
const p = Promise.reject(new Error('handled too late'));
setTimeout(() => {
  console.log('timer (never)');
  p.catch(() => console.log('caught (never)'));
}, 1);
console.log('sync');
