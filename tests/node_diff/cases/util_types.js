// node:util/types and the legacy util.is* checks over a matrix of values.
const util = require('util');
const types = require('util/types');

console.log(types === util.types, require('node:util/types') === types);
console.log(Object.keys(types).join(' '));

function* gen() { yield 1; }
async function* agen() {}
const values = {
  undefined: undefined, null: null, number: 1, nan: NaN, string: 's',
  boolean: true, symbol: Symbol('s'), bigint: 1n, object: {}, array: [],
  nullProto: Object.create(null), fn: function f() {}, arrow: () => {},
  klass: class K {}, asyncFn: async () => {}, genFn: gen, asyncGenFn: agen,
  genObj: gen(), asyncGenObj: agen(), boundFn: function g() {}.bind(null),
  date: new Date(), invalidDate: new Date(NaN), regexp: /x/, regexpCtor: new RegExp('y'),
  error: new Error('e'), typeError: new TypeError('t'),
  fakeError: { name: 'Error', message: 'fake', stack: '' },
  errorSubclass: new (class MyError extends Error {})('m'),
  errorProto: Object.create(Error.prototype),
  promise: Promise.resolve(), thenable: { then() {} }, map: new Map(), set: new Set(),
  weakMap: new WeakMap(), weakSet: new WeakSet(), mapIter: new Map().keys(),
  setIter: new Set().values(), mapEntries: new Map().entries(), arrayIter: [].values(),
  arrayBuffer: new ArrayBuffer(2), sharedArrayBuffer: new SharedArrayBuffer(2),
  dataView: new DataView(new ArrayBuffer(2)), u8: new Uint8Array(1),
  u8c: new Uint8ClampedArray(1), u16: new Uint16Array(1), u32: new Uint32Array(1),
  i8: new Int8Array(1), i16: new Int16Array(1), i32: new Int32Array(1),
  f32: new Float32Array(1), f64: new Float64Array(1), bi64: new BigInt64Array(1),
  bu64: new BigUint64Array(1), proxy: new Proxy({}, {}), proxyFn: new Proxy(() => {}, {}),
  proxyArray: new Proxy([], {}), numberObject: Object(1), stringObject: Object('s'),
  booleanObject: Object(false), symbolObject: Object(Symbol('b')), bigintObject: Object(2n),
  args: (function () { return arguments; })(1, 2), fakeDate: { __proto__: Date.prototype },
  tagged: { [Symbol.toStringTag]: 'Date' }, taggedPromise: { [Symbol.toStringTag]: 'Promise' },
  fakeU8: Object.create(Uint8Array.prototype),
};

const checks = Object.keys(types).filter((name) => name !== 'isKeyObject' && name !== 'isCryptoKey');
for (const check of checks) {
  const yes = Object.keys(values).filter((name) => types[check](values[name]));
  console.log(`${check}: ${yes.join(' ')}`);
}
console.log(types.isKeyObject({}), types.isCryptoKey({}));
for (const check of checks) {
  console.log(check, typeof types[check], types[check].name, types[check]());
}

const legacy = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber',
                'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject',
                'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const check of legacy) {
  const yes = Object.keys(values).filter((name) => util[check](values[name]));
  console.log(`util.${check}: ${yes.join(' ')}`);
}
console.log(util.isRegExp === types.isRegExp, util.isDate === types.isDate,
            util.isArray === Array.isArray);
