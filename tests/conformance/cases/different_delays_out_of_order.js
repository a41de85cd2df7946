// Timers created out of order run in expiry order.
setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('5 ms'), 5);
setTimeout(() => console.log('10 ms'), 10);
setTimeout(() => console.log('1 ms'), 1);
setTimeout(() => console.log('10 ms (second)'), 10);
setTimeout(() => console.log('5 ms (second)'), 5);
