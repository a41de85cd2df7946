// node:assert deepEqual / deepStrictEqual (and util.isDeepStrictEqual) over
// a matrix of value pairs: primitives, -0, NaN, prototypes, Map/Set, typed
// arrays, Dates, RegExps, boxed primitives, errors, symbol keys, cycles,
// holes, getters. Prints the verdicts and each failure's message.
const assert = require('assert');
const util = require('util');

function makeCycle(tag) {
  const a = { tag };
  a.self = a;
  return a;
}
function makeArrayCycle() {
  const a = [1];
  a.push(a);
  return a;
}
const sym = Symbol('k');
const sym2 = Symbol('k');
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
const err = (Ctor, message, extra) => {
  const e = new Ctor(message);
  e.stack = `${Ctor.name}: ${message}\n    at fixed`;
  return Object.assign(e, extra);
};
const withLastIndex = (re, n) => { re.lastIndex = n; return re; };
const typed = (Ctor, values, extra) => Object.assign(new Ctor(values), extra);
const hole = [1, , 3];  // eslint-disable-line no-sparse-arrays
const fakeDate = Object.create(Date.prototype);
const objWithSym = (key, value, enumerable = true) => {
  const o = { a: 1 };
  Object.defineProperty(o, key, { value, enumerable });
  return o;
};

const pairs = [
  [1, 1], [1, '1'], [1, 2], [0, -0], [-0, -0], [NaN, NaN], [NaN, 'NaN'], [null, undefined],
  [null, null], [undefined, undefined], ['', 0], ['', false], [0, false], [1, true], ['1', true],
  [1n, 1n], [1n, 1], [1n, '1'], [Symbol.iterator, Symbol.iterator], [sym, sym2], ['a', 'b'],
  [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [{ a: 1 }, { a: 1, b: undefined }],
  [{ a: undefined }, { b: undefined }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: [1, 2] }, { a: [1, 2] }],
  [{ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }], [[], []], [[1, 2], [1, 2]],
  [[1, 2], [2, 1]], [[1, 2], ['1', '2']], [[1], { 0: 1, length: 1 }], [[], {}],
  [hole, [1, undefined, 3]], [hole, [1, , 3]], // eslint-disable-line no-sparse-arrays
  [Object.assign([1], { extra: 1 }), [1]], [Object.assign([1], { extra: 1 }), Object.assign([1], { extra: 1 })],
  [Object.assign([1], { [sym]: 1 }), [1]], [new A(), new B()], [new A(), { x: 1 }], [new A(), new A()],
  [Object.create(null), {}], [Object.create(null), Object.create(null)],
  [Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [new Date(NaN), new Date(NaN)],
  [new Date(0), 0], [new Date(0), {}], [Object.assign(new Date(0), { x: 1 }), new Date(0)], [fakeDate, new Date(0)],
  [/a/g, /a/g], [/a/g, /a/i], [/a/, /b/], [withLastIndex(/a/g, 1), /a/g], [Object.assign(/a/, { x: 1 }), /a/],
  [new Map(), new Map()], [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[1, 'a']]), new Map([[1, 'b']])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [new Map([[{ k: 1 }, 'v'], [{ k: 2 }, 'w']]), new Map([[{ k: 2 }, 'w'], [{ k: 1 }, 'v']])],
  [new Map([[null, 1]]), new Map([[undefined, 1]])], [new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]])],
  [new Map([[NaN, 1]]), new Map([[NaN, 1]])], [new Map([[0, 'z']]), new Map([[-0, 'z']])],
  [new Map([['1', 'x'], [1, 'y']]), new Map([[1, 'x'], ['1', 'y']])],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Map(), {}],
  [new Set(), new Set()], [new Set([1, 2]), new Set([2, 1])], [new Set([1]), new Set(['1'])],
  [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])], [new Set([null]), new Set([undefined])],
  [new Set([NaN]), new Set([NaN])], [new Set([1, '2']), new Set(['1', 2])], [new Set([[1]]), new Set([[1]])],
  [new Set([1]), [1]], [new Set([0]), new Set([-0])], [new Set([1, {}]), new Set([1, []])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])],
  [new Uint8Array([1, 2]), new Int8Array([1, 2])], [new Uint8Array([1]), [1]],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])],
  [new Float32Array([1.5]), new Float32Array([1.5])], [typed(Uint8Array, [1], { x: 1 }), new Uint8Array([1])],
  [new Uint16Array([1]), new Uint8Array([1, 0])], [new BigInt64Array([1n]), new BigInt64Array([1n])],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)],
  [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer], [new ArrayBuffer(1), new SharedArrayBuffer(1)],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new Number(1), 1], [new String('a'), new String('a')],
  [new String('a'), 'a'], [new String('a'), new String('b')], [new Boolean(true), new Boolean(true)],
  [new Boolean(true), new Boolean(false)], [Object(1n), Object(1n)], [Object(sym), Object(sym)],
  [Object(sym), Object(sym2)], [new Number(NaN), new Number(NaN)], [new Number(0), new Number(-0)],
  [Object.assign(new Number(1), { x: 1 }), new Number(1)], [new Number(1), new String('1')],
  [err(Error, 'a'), err(Error, 'a')], [err(Error, 'a'), err(Error, 'b')], [err(Error, 'a'), err(TypeError, 'a')],
  [err(Error, 'a', { code: 1 }), err(Error, 'a', { code: 1 })], [err(Error, 'a', { code: 1 }), err(Error, 'a', { code: 2 })],
  [new Error('x', { cause: 1 }), new Error('x', { cause: 1 })], [new Error('x', { cause: 1 }), new Error('x', { cause: 2 })],
  [new Error('x', { cause: 1 }), new Error('x')], [new AggregateError([1], 'm'), new AggregateError([2], 'm')],
  [err(Error, 'a'), { message: 'a', name: 'Error' }],
  [{ [sym]: 1 }, { [sym]: 1 }], [{ [sym]: 1 }, { [sym]: 2 }], [{ [sym]: 1 }, {}], [{}, { [sym]: 1 }],
  [{ [sym]: 1 }, { [sym2]: 1 }], [objWithSym(sym, 1, false), { a: 1 }], [objWithSym(sym, 1, false), objWithSym(sym, 2, false)],
  [objWithSym('hidden', 1, false), { a: 1 }], [makeCycle(1), makeCycle(1)], [makeCycle(1), makeCycle(2)],
  [makeArrayCycle(), makeArrayCycle()], [{ a: makeCycle(1) }, { a: makeCycle(1) }],
  [(() => { const a = {}; const b = {}; a.b = b; b.a = a; return a; })(), (() => { const a = {}; const b = {}; a.b = b; b.a = a; return a; })()],
  [(() => { const a = {}; a.x = { y: a }; return a; })(), (() => { const a = {}; const z = {}; a.x = { y: z }; z.x = { y: z }; return a; })()],
  [function f() {}, function f() {}], [Math.max, Math.max], [[1, [2, [3, [4]]]], [1, [2, [3, [4]]]]],
  [Promise.resolve(1), Promise.resolve(1)], [new WeakMap(), new WeakMap()],
  [{ href: 'http://a/', protocol: 'http:' }, { href: 'http://a/', protocol: 'http:', x: 1 }],
  [{ href: 'http://a/', protocol: 'http:' }, { href: 'http://b/', protocol: 'http:' }],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]],
  [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }],
  [Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => (i === 40 ? -1 : i))],
  ['a'.repeat(30), 'a'.repeat(29) + 'b'], ['abcdefghij\nklm', 'abcdefghij\nxyz'], [[1, 2], [1, 2, 3]], [[1, 2, 3], [1, 2]],
];

const verdicts = [];
for (const [i, [a, b]] of pairs.entries()) {
  const results = [];
  for (const name of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual']) {
    try {
      assert[name](a, b);
      results.push(`${name}:pass`);
    } catch (e) {
      results.push(`${name}:fail`);
      console.log(`#${i} ${name} ${e.code} ${e.generatedMessage} ${e.operator}`);
      console.log(e.message);
    }
  }
  verdicts.push(`#${i} ${util.isDeepStrictEqual(a, b)} ${util.isDeepStrictEqual(b, a)} ${results.join(' ')}`);
  // Symmetry of the loose form.
  let reverse;
  try { assert.deepEqual(b, a); reverse = 'pass'; } catch { reverse = 'fail'; }
  verdicts.push(`#${i} reverse deepEqual ${reverse}`);
}
console.log(verdicts.join('\n'));
