// node:util format / formatWithOptions: every %-directive with every kind
// of argument, generated format strings (seeded), odd argument counts.
const util = require('util');

let seed = 0x2545f491;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const format = (...args) => {
  try {
    return util.format(...args);
  } catch (err) {
    return `THROWS ${err.name}: ${err.message}`;
  }
};

const circular = { name: 'loop' };
circular.self = circular;
const fakeError = new RangeError('bad range');
fakeError.stack = 'RangeError: bad range\n    at somewhere (file.js:1:1)';
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class WithToString { toString() { return 'custom toString'; } }
const nullProto = Object.create(null);
nullProto.k = 'v';
const values = [
  'str', '', 'with %s inside', 'multi\nline', 42, -0, 0, 1.5, -3.75, NaN,
  Infinity, -Infinity, 1e21, 2 ** 53, 0.1 + 0.2, 123456789012345678901234567890n,
  -5n, 0n, true, false, null, undefined, Symbol('sym'), Symbol(''),
  Symbol.iterator, {}, { a: 1, b: 'two' }, { nested: { deeper: { deepest: {} } } },
  [], [1, 2, 3], ['a', ['b', ['c', ['d']]]], new Array(3), [undefined, null],
  function named() {}, () => {}, class Klass {}, async function asyncFn() {},
  new Date(0), new Date(NaN), /re+g/gi, new Map([[1, 'one'], ['two', 2]]),
  new Set([1, 'x', {}]), new Point(1, 2), new WithToString(), nullProto,
  { toString() { return 'own toString'; } },
  { [Symbol.toPrimitive]() { return 'primitive!'; } },
  { valueOf() { return 7; } }, circular, fakeError, Object(1), Object('boxed'),
  Object(true), Object(Symbol('boxed')), Object(3n), new Uint8Array([1, 2, 3]),
  new Float64Array([0.5, -0]), new ArrayBuffer(4), Promise.resolve(5),
  new WeakMap(), { '': 1, 'key with space': 2, 'valid_id': 3 },
  { a: 'x'.repeat(100) }, Array.from({ length: 120 }, (_, i) => i),
  '%', '%%', '%s', '%d', '-12.5abc', '0x1f', '  42  ', '1e3', 'Infinity',
];
const directives = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%x',
                    '%', '%5d', '%-s', '%ss', '%%s', '%%%s'];

// Every single directive with every value.
for (const directive of directives) {
  const shown = [];
  for (const value of values) {
    shown.push(format(directive, value));
  }
  console.log(`== ${directive}`);
  console.log(shown.join(' | '));
}

// Generated format strings with random argument counts.
for (let i = 0; i < 600; i++) {
  let fmt = '';
  const parts = 1 + Math.floor(random() * 6);
  for (let p = 0; p < parts; p++) {
    fmt += pick(['', 'x', ' ', 'text ', ':', '\n', '%']) + pick(directives);
  }
  const args = [];
  const count = Math.floor(random() * 6);
  for (let a = 0; a < count; a++) args.push(pick(values));
  console.log(JSON.stringify(fmt), '=>', JSON.stringify(format(fmt, ...args)));
}

// No format string: values joined by spaces, strings raw.
for (let i = 0; i < 200; i++) {
  const args = [];
  const count = 1 + Math.floor(random() * 4);
  for (let a = 0; a < count; a++) args.push(pick(values));
  console.log(JSON.stringify(format(...args)));
}
console.log(JSON.stringify(util.format()));
console.log(JSON.stringify(util.format('%s')));
console.log(JSON.stringify(util.format('%s', 'a', 'b', 'c')));
console.log(JSON.stringify(util.format('%%', 1)));
console.log(JSON.stringify(util.format('%d%d', 1)));
console.log(JSON.stringify(util.format(1, '%s', 2)));

// formatWithOptions.
const withOptions = [
  [{}, '%o', { a: [1, 2] }],
  [{ depth: 0 }, '%O', { a: { b: 1 } }],
  [{ depth: 0 }, { a: { b: 1 } }],
  [{ colors: true }, 'x', 1, 'y', null, undefined, 's'],
  [{ colors: true }, '%s %d', { a: 1 }, 5],
  [{ compact: false }, { a: 1, b: [1, 2] }],
  [{ breakLength: 10 }, { alpha: 1, beta: 2, gamma: 3 }],
  [{ sorted: true }, { z: 1, a: 2, m: 3 }],
  [{ maxArrayLength: 2 }, [1, 2, 3, 4]],
  [{ maxStringLength: 3 }, ['abcdef']],
  [{ showHidden: true }, [1]],
  [[], 'array options %s', 'ok'],
];
for (const [options, ...args] of withOptions) {
  console.log(JSON.stringify(util.formatWithOptions(options, ...args)));
}
for (const bad of [null, 1, 'x', undefined, true]) {
  try {
    util.formatWithOptions(bad, 'x');
  } catch (err) {
    console.log(err.code, err.message);
  }
}
