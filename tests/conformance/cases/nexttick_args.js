// process.nextTick passes extra arguments.
process.nextTick((a, b, c) => console.log('tick', a, b, c), 'x', 2, false);
process.nextTick((...args) => console.log('no args:', args.length));
process.nextTick(function () { console.log('many args:', arguments.length, arguments[4]); }, 1, 2, 3, 4, 5);
console.log('sync');
