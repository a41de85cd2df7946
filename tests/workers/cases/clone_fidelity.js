// What survives structured clone through postMessage (main -> worker ->
// main, i.e. two clones). Notes: RegExp lastIndex is NOT preserved (it is
// reset to 0); class instances arrive as plain objects with own enumerable
// data properties only; Error subclasses not known to the spec arrive as
// Error; extra own properties of errors are dropped.
const w = new Worker('workers/echo_back_worker.js');

const shared = { tag: 'shared' };
const cyc = { name: 'cyc' };
cyc.self = cyc;
const sparse = [1, , 3];
sparse[9] = 'ten';
sparse.extra = 'prop';
const buf = new ArrayBuffer(8);
new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return 5; }
  norm() { return 1; }
}
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; }
}
const re = /ab+c/gimsuy;
re.lastIndex = 3;
const renamed = new Error('renamed');
renamed.name = 'TypeError';
const withExtra = new RangeError('with extra');
withExtra.code = 'E_EXTRA';

const value = {
  map: new Map([[1, 'one'], ['k', { deep: true }], [shared, 'object key']]),
  set: new Set([1, 'two', 3n, shared]),
  date: new Date(Date.UTC(2020, 1, 29, 12, 30, 0, 123)),
  invalidDate: new Date(NaN),
  re,
  reD: /x/d,
  big: 2n ** 70n,
  negBig: -5n,
  negZero: -0,
  nan: NaN,
  inf: -Infinity,
  undef: undefined,
  nul: null,
  sparse,
  holey: [1, , 3],
  cyc,
  pair: [shared, shared],
  views: { a: new Uint8Array(buf, 0, 4), b: new Uint16Array(buf, 4, 2), dv: new DataView(buf, 2, 4) },
  errors: [new Error('e'), new TypeError('t'), new RangeError('r'), new SyntaxError('s'),
    new ReferenceError('ref'), new EvalError('ev'), new URIError('u'), new MyError('mine'),
    renamed, withExtra],
  wrappers: [new Number(3.5), new String('str'), new Boolean(false), Object(7n)],
  point: new Point(1, 2),
  str: 'snow \u2603 \u{1F600} lone \uD800',
  keys: { b: 1, 2: 'two', a: 1, 1: 'one' },
  inherited: Object.create({ fromProto: 1 }, {
    own: { value: 2, enumerable: true },
    hidden: { value: 3, enumerable: false },
  }),
  getter: { get g() { return 'computed'; } },
  symbolKeyed: { [Symbol('s')]: 1, plain: 1 },
};

w.onmessage = (e) => {
  if (e.data === 'bye') return;
  const r = e.data;
  const p = (...a) => console.log(...a);
  p('map:', r.map instanceof Map, JSON.stringify([...r.map.entries()].map(([k, v]) => [k, v])));
  p('map object key is shared:', [...r.map.keys()][2] === [...r.set][3]);
  p('set:', r.set instanceof Set, [...r.set].map(String).join('|'));
  p('date:', r.date instanceof Date, r.date.toISOString(), 'invalid:', Number.isNaN(r.invalidDate.getTime()));
  p('regexp:', r.re instanceof RegExp, r.re.source, r.re.flags, 'lastIndex', r.re.lastIndex, 'd flag', r.reD.flags);
  p('bigint:', typeof r.big, String(r.big), String(r.negBig));
  p('-0:', Object.is(r.negZero, -0), 'NaN:', Number.isNaN(r.nan), 'inf:', r.inf);
  p('undefined kept:', 'undef' in r, r.undef === undefined, 'null:', r.nul === null);
  p('sparse:', r.sparse.length, JSON.stringify(Object.keys(r.sparse)), 1 in r.sparse, r.sparse.extra);
  p('holey:', r.holey.length, JSON.stringify(Object.keys(r.holey)));
  p('cycle:', r.cyc.self === r.cyc, r.cyc.name);
  p('shared ref:', r.pair[0] === r.pair[1], r.pair[0].tag);
  const v = r.views;
  p('views share a buffer:', v.a.buffer === v.b.buffer, v.b.buffer === v.dv.buffer, v.a.buffer.byteLength);
  p('views:', v.a.constructor.name, v.a.byteOffset, Array.from(v.a).join(','), v.b.constructor.name,
    v.b.byteOffset, v.b.length, v.dv.constructor.name, v.dv.byteOffset, v.dv.byteLength, v.dv.getUint8(0));
  for (const err of r.errors) {
    p('error:', err.constructor.name, err.name, JSON.stringify(err.message), err instanceof Error,
      'own:', JSON.stringify(Object.keys(err)), 'code' in err);
  }
  p('wrappers:', r.wrappers.map((x) => typeof x + ' ' + Object.prototype.toString.call(x) + ' ' + String(x.valueOf())).join(' | '));
  p('class instance:', r.point.constructor === Object, Object.getPrototypeOf(r.point) === Object.prototype,
    JSON.stringify(r.point), 'len' in r.point, 'norm' in r.point);
  p('string:', JSON.stringify(r.str), r.str.length);
  p('key order:', JSON.stringify(Object.keys(r.keys)));
  p('inherited:', JSON.stringify(r.inherited), 'fromProto' in r.inherited, 'hidden' in r.inherited);
  p('getter:', JSON.stringify(Object.getOwnPropertyDescriptor(r.getter, 'g')));
  p('symbol keys:', Object.getOwnPropertySymbols(r.symbolKeyed).length, JSON.stringify(r.symbolKeyed));
  w.postMessage('bye');
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
w.postMessage(value);
console.log('source regexp lastIndex still', re.lastIndex);
