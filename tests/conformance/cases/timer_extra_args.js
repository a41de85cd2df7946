// Extra arguments are passed to the callbacks.
setTimeout((a, b, c) => console.log('timeout', a, b, c), 1, 'one', 2, true);
setTimeout(function () {
  console.log('timeout arguments.length', arguments.length);
}, 2);
setTimeout((...args) => console.log('timeout with 0 extra', args.length), 3);
let n = 0;
const id = setInterval((x, y) => {
  console.log('interval', x, y, ++n);
  if (n === 2) {
    clearInterval(id);
    setImmediate((a, b) => console.log('immediate', a, b), 'i1', 'i2');
    setImmediate((...args) => console.log('immediate args', args.length, args[3]), 1, 2, 3, 4, 5);
  }
}, 4, 'p', 'q');
