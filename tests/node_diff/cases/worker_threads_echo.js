// Echo through a worker: values come back as values ('message' gets the
// value, not an event), in order; 'online' comes before the first
// message; closing parentPort ends the worker with code 0.
const { Worker } = require('worker_threads');
const values = [
  1, -0, NaN, 'text', '', true, null, undefined, 12345678901234567890n,
  [1, [2, [3]]], { a: 1, b: { c: [true, null] } }, new Map([[1, { x: 2 }]]),
  new Set(['a', 'b']), new Date(0), /re+/gi, new Uint8Array([1, 2, 3]),
  new Float64Array([0.5, -1]), new ArrayBuffer(4), new Error('e'),
  new RangeError('r'), Object.assign(Object.create(null), { n: 1 }),
  [, 1, , 2], { 'key with space': 1, 2: 'two' },
];
const w = new Worker(__dirname + '/worker_threads/echo.js');
const events = [];
let index = 0;
w.on('online', () => events.push('online'));
w.on('message', (value) => {
  events.push('message');
  const shown = value instanceof Error ?
    [value.constructor.name, value.name, value.message] : value;
  console.log(index, typeof value, shown);
  index += 1;
  if (index === values.length) w.postMessage('stop');
});
w.on('error', (error) => console.log('error', error));
w.on('exit', (code) => {
  console.log('exit', code, events[0], events.length);
});
for (const value of values) w.postMessage(value);
