// Timers with equal delay run in creation order.
setTimeout(() => console.log('delay 0 (created first, 1 ms)'), 0);
for (let i = 0; i < 6; i++) {
  setTimeout(() => console.log('timer', i), 10);
}
setTimeout(() => console.log('delay 1 (created last, same 1 ms list)'), 1);
