// node:querystring: parse/stringify/escape/unescape over generated inputs
// (seeded): odd separators, broken percent escapes, '+', surrogates,
// maxKeys, custom decoders and encoders, round trips.
const qs = require('querystring');

let seed = 0x1234567;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const q = (v) => JSON.stringify(v);
const show = (obj) => q(Object.entries(obj));

const pieces = ['a', 'b', 'key', 'v', '=', '&', '&&', '==', ';', '+', '%', '%2', '%20', '%2B', '%zz', '%%',
  '%41', '%e4%bd%a0', '%E4%BD', '%C3%A9', '%ff', '%C0%80', 'é', '日本', '\ud83d\ude00', ' ', '?', '#',
  '__proto__', 'constructor', 'x[]', 'x[y]', '.', '%25', '%3D', '%26', '!', "'", '(', ')', '*', '~', '-', '_'];
function generate() {
  let s = '';
  const count = Math.floor(random() * 8);
  for (let i = 0; i < count; i++) s += pick(pieces);
  return s;
}

const seps = [undefined, '', '&', ';', '&&', 'ab', '==', null];
const eqs = [undefined, '', '=', ':', '==', 'ab', '=>'];
for (let i = 0; i < 2500; i++) {
  const input = generate();
  const sep = random() < 0.7 ? undefined : pick(seps);
  const eq = random() < 0.7 ? undefined : pick(eqs);
  const options = random() < 0.9 ? undefined : { maxKeys: pick([0, 1, 2, -1, 3.5, '2']) };
  const parsed = qs.parse(input, sep, eq, options);
  console.log(q([input, sep, eq, options]), show(parsed), q(qs.stringify(parsed, sep, eq)));
}
for (let i = 0; i < 1000; i++) {
  const s = generate();
  let escaped;
  try {
    escaped = qs.escape(s);
  } catch (err) {
    escaped = `${err.name} ${err.code} ${err.message}`;
  }
  console.log(q(s), q(escaped), q(qs.unescape(s)), q(qs.unescape(s, true)), q(qs.unescape(escaped)));
}

// Hand-picked.
const inputs = ['', 'a', 'a=', '=a', '=', '&', '&&', 'a&', '&a', 'a=1&a=2&a=3', 'a=1&b=2&a=3', 'a[]=1&a[]=2',
  'foo=bar&baz=qux', 'a+b=c+d', 'a%20b=c%20d', 'a=%', 'a=%2', 'a=%zz&b=%41', '%E4%B8%AD=%E6%96%87',
  'a=%F0%9F%98%80', 'a=%ED%A0%80', '__proto__=1', 'hasOwnProperty=x&toString=y', 'a=b=c', 'a==b', 'a&=b',
  'x=1;y=2', '%=%', '+=+', 'a%3Db=c%26d'];
for (const input of inputs) {
  console.log(q(input), show(qs.parse(input)), show(qs.parse(input, ';', ':')), show(qs.decode(input, '&', '=', { maxKeys: 2 })));
}
const parsedNull = qs.parse('a=1');
console.log(Object.getPrototypeOf(parsedNull), parsedNull);
console.log(show(qs.parse(5)), show(qs.parse(null)), show(qs.parse({})), show(qs.parse(['a=1'])));
console.log(show(qs.parse('a=%41&b=c', null, null, { decodeURIComponent: (s) => `[${s}]` })));
console.log(show(qs.parse('a=%zz&b=+', null, null, { decodeURIComponent: (s) => { throw new Error(s); } })));
console.log(show(qs.parse('a=%41', null, null, { decodeURIComponent: decodeURIComponent })));

// stringify with odd values.
const objects = [{}, { a: 1 }, { a: [1, 2, 3] }, { a: [] }, { a: [], b: 1 }, { a: null, b: undefined, c: NaN, d: Infinity },
  { big: 10n, t: true, f: false }, { n: 1e21, m: 1e20, neg: -1e21, small: 1e-7 }, { o: { nested: 1 } }, { fn() {} },
  { s: Symbol('x') }, { 'a b': 'c d', 'é': '日本', '=&': '&=' }, { a: ['x', ['y']] }, Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
  { [Symbol('k')]: 1, a: 2 }, { emoji: '\ud83d\ude00' }, { '': '' }, ['x', 'y']];
for (const o of objects) {
  console.log(q(qs.stringify(o)), q(qs.stringify(o, ';', ':')), q(qs.encode(o, null, null, { encodeURIComponent: (s) => `<${s}>` })));
}
console.log(q(qs.stringify(null)), q(qs.stringify('str')), q(qs.stringify(5)), q(qs.stringify()));
for (const value of ['\ud800', 'a\ud800', '\udc00', '\ud800a', '\udc00\ud800', 5, true, null, undefined, { toString() { return 'obj'; } }, [1, 2]]) {
  try {
    console.log(q(qs.escape(value)));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const buffer = qs.unescapeBuffer('a%20b%zz%E4%B8%AD+');
console.log(buffer.length, Array.from(buffer), Array.from(qs.unescapeBuffer('a+b', true)), Array.from(qs.unescapeBuffer('€')));

// Overriding escape/unescape on the module is honoured.
const savedEscape = qs.escape;
const savedUnescape = qs.unescape;
qs.escape = (s) => `E(${s})`;
qs.unescape = (s) => `U(${s})`;
console.log(q(qs.stringify({ a: 'b' })), show(qs.parse('a=b&c+d=%41')));
qs.escape = savedEscape;
qs.unescape = savedUnescape;
console.log(Object.keys(qs).join(' '), qs.encode === qs.stringify, qs.decode === qs.parse);
