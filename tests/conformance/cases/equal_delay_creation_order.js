// Timers with equal delay run in creation order.
for (let i = 0; i < 6; i++) {
  setTimeout(() => console.log('timer', i), 10);
}
setTimeout(() => console.log('timer 6 (delay 0)'), 0);
