// URLSearchParams: every constructor form, every method and its argument
// errors, application/x-www-form-urlencoded parsing (generated inputs) and
// serializing (every ASCII code point and some others), sort, iterators,
// forEach, size, and the live link with URL.search.
'use strict';

function attempt(label, f) {
  let out;
  try {
    const r = f();
    out = r instanceof URLSearchParams ? `params ${r} size=${r.size}` : JSON.stringify(r);
  } catch (e) {
    out = `${e.name} ${e.code} ${e.message}`;
  }
  console.log(`${label}: ${out}`);
}

// Constructor forms.
const inits = [
  ['undefined', undefined], ['null', null], ['number', 5], ['true', true],
  ['string', 'a=1&b=2'], ['?string', '?a=1'], ['??string', '??a=1'], ['empty', ''],
  ['?', '?'], ['record', { a: 1, b: 'x y' }], ['record with array', { a: [1, 2] }],
  ['record, surrogate keys', { '\ud800': 'a', '\ufffd': 'b' }],
  ['record, inherited', Object.create({ inh: 1 }, { own: { value: 2, enumerable: true } })],
  ['record, hidden', Object.defineProperty({ a: 1 }, 'h', { value: 2 })],
  ['record, symbol key', { [Symbol('s')]: 1 }], ['function', () => {}],
  ['sequence', [['a', '1'], ['b', '2']]], ['sequence of strings', [['ab', 'cd']]],
  ['sequence, 3 items', [['a', 'b', 'c']]], ['sequence, 1 item', [['a']]],
  ['sequence of string', ['ab']], ['sequence of null', [null]],
  ['Map', new Map([['x', 'y'], ['z', 1]])], ['Set pair', [new Set(['x', 'y'])]],
  ['generator', (function* () { yield ['g', '1']; yield ['h', '2']; })()],
  ['URLSearchParams', new URLSearchParams('c=3&c=4')],
  ['iterator not callable', { [Symbol.iterator]: 5 }],
  ['iterator null', { [Symbol.iterator]: null, a: 1 }],
  ['toString object', { toString() { return 'q=1'; } }],
  ['String object', new String('s=1')], ['array of arrays of numbers', [[1, 2]]],
  ['nested iterable pair', [new Map([[1, 2]]).keys()]],
];
for (const [label, init] of inits) attempt(`new (${label})`, () => new URLSearchParams(init));
attempt('new with two args', () => new URLSearchParams('a=1', 'b=2'));

// Methods and their argument checks.
const p = new URLSearchParams('a=1&b=2&a=3&c=&=d&e');
attempt('get a', () => p.get('a'));
attempt('get missing', () => p.get('zz'));
attempt('get empty name', () => p.get(''));
attempt('get()', () => p.get());
attempt('getAll a', () => p.getAll('a'));
attempt('getAll()', () => p.getAll());
attempt('has a', () => p.has('a'));
attempt('has a 3', () => p.has('a', '3'));
attempt('has a 4', () => p.has('a', '4'));
attempt('has a undefined', () => p.has('a', undefined));
attempt('has()', () => p.has());
attempt('append()', () => p.append('x'));
attempt('set()', () => p.set('x'));
attempt('delete()', () => p.delete());
attempt('append', () => { p.append('x', 'y z'); return p.toString(); });
attempt('set a', () => { p.set('a', '9'); return p.toString(); });
attempt('set new', () => { p.set('n', 'new'); return p.toString(); });
attempt('delete a 2 (absent)', () => { p.delete('b', '3'); return p.toString(); });
attempt('delete b 2', () => { p.delete('b', '2'); return p.toString(); });
attempt('delete x', () => { p.delete('x'); return p.toString(); });
attempt('size', () => p.size);
attempt('set size', () => { p.size = 10; return p.size; });
attempt('forEach(5)', () => p.forEach(5));
attempt('forEach', () => {
  const out = [];
  p.forEach(function (value, name, self) { out.push(name, value, self === p, this); }, 'T');
  return out;
});
attempt('forEach deleting', () => {
  const q = new URLSearchParams('a=1&b=2&c=3&d=4');
  const out = [];
  q.forEach((value, name) => { out.push(name); if (name === 'a') q.delete('b'); });
  return out;
});
attempt('forEach appending', () => {
  const q = new URLSearchParams('a=1');
  const out = [];
  q.forEach((value, name) => { out.push(name); if (out.length < 3) q.append('n' + out.length, 'v'); });
  return out;
});
attempt('entries', () => [...p.entries()]);
attempt('keys', () => [...p.keys()]);
attempt('values', () => [...p.values()]);
attempt('iterator', () => [...p]);
attempt('iterator is entries', () => URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
attempt('live iterator', () => {
  const q = new URLSearchParams('a=1&b=2');
  const it = q.keys();
  const first = it.next();
  q.append('c', '3');
  q.delete('a');
  return [first, it.next(), it.next(), it.next()];
});
attempt('iterator next on other', () => p.keys().next.call({}));
attempt('iterator toStringTag', () => Object.prototype.toString.call(p.keys()));
attempt('iterator proto chain', () => Object.getPrototypeOf(Object.getPrototypeOf(p.keys())) ===
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
attempt('get on other this', () => URLSearchParams.prototype.get.call({}, 'a'));
attempt('toString on other this', () => URLSearchParams.prototype.toString.call(1));
attempt('size on other this', () =>
  Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
attempt('call without new', () => URLSearchParams('a'));
attempt('toStringTag', () => Object.prototype.toString.call(p));
attempt('lengths', () => ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString'].map((k) => `${k}:${URLSearchParams.prototype[k].length}`));
attempt('prototype keys', () => Reflect.ownKeys(URLSearchParams.prototype).map(String));
attempt('enumerable', () => Object.keys(URLSearchParams.prototype));
attempt('own keys of instance', () => Reflect.ownKeys(p));
attempt('JSON', () => JSON.stringify(p));

// Sort: stable, by UTF-16 code units of the names.
attempt('sort', () => {
  const q = new URLSearchParams('z=1&a=2&\ud83d\ude00=3&\ufffd=4&a=1&A=5&=6&\u00e9=7&e=8&z=0');
  q.sort();
  return [...q];
});
attempt('sort many', () => {
  const q = new URLSearchParams();
  for (let i = 0; i < 200; i++) q.append(String.fromCharCode(97 + (i * 7) % 26), String(i));
  q.sort();
  return q.toString();
});

// Serializing: every ASCII code point, some others, lone surrogates.
let all = '';
for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
attempt('serialize ASCII', () => new URLSearchParams([[all, all]]).toString());
attempt('serialize others', () => new URLSearchParams([['\u00a0\u00e9\u20ac\ud83d\ude00\ufeff', '\ud800x\udc00']]).toString());

// Parsing: generated inputs.
let s0 = 0x2f6b6c2d, s1 = 0x7a1c4e33, s2 = 0x13579bdf, s3 = 0x2468ace0;
function next() {
  const t = s0 ^ (s0 << 11);
  s0 = s1; s1 = s2; s2 = s3;
  s3 = (s3 ^ (s3 >>> 19) ^ t ^ (t >>> 8)) >>> 0;
  return s3;
}
const bits = ['a', 'b', 'Z', '1', '=', '=', '&', '&', '+', '%', '%2', '%20', '%3D', '%26',
  '%2B', '%zz', '%C3%A9', '%C3', '%E2%82%AC', '%E2%82', '%F0%9F%98%80', '%ED%A0%80',
  '%C0%80', '%FF', '%00', '\u00e9', '\ud83d\ude00', '\ud800', ' ', '?', '#', ';', '%%', '%e2%82%ac'];
let parsed = 0;
for (let i = 0; i < 2000; i++) {
  let input = '';
  const len = next() % 12;
  for (let j = 0; j < len; j++) input += bits[next() % bits.length];
  const q = new URLSearchParams(input);
  console.log(`parse ${JSON.stringify(input)}: ${JSON.stringify([...q])} ${q}`);
  parsed++;
}

// The live link with a URL.
const u = new URL('http://h/p?a=1&b=2#f');
const sp = u.searchParams;
attempt('same object', () => sp === u.searchParams);
attempt('append', () => { sp.append('c', 'x y'); return u.href; });
attempt('search setter', () => { u.search = '?z=%20+1'; return [sp.get('z'), sp.toString()]; });
attempt('search setter tabs', () => { u.search = 'a=\tb'; return [u.search, sp.get('a')]; });
attempt('href setter', () => { u.href = 'http://x/?k=v'; return [sp.toString(), sp === u.searchParams]; });
attempt('delete all', () => { sp.delete('k'); return u.href; });
attempt('empty search', () => { sp.append('a', ''); u.search = ''; return [u.href, sp.size]; });
attempt('sort through url', () => { u.search = 'b=1&a=2'; sp.sort(); return u.href; });
attempt('special query chars', () => { sp.set('q', "'~!*()"); return u.href; });
attempt('opaque path strip', () => {
  const o = new URL('sc: a ?x=1');
  o.searchParams.delete('x');
  return [o.href, o.pathname];
});
attempt('opaque path kept with fragment', () => {
  const o = new URL('sc: a ?x=1#f');
  o.searchParams.delete('x');
  return [o.href, o.pathname];
});
attempt('non-special url', () => {
  const o = new URL('sc://h/?a=b c');
  o.searchParams.append('d', 'e f');
  return o.href;
});
attempt('searchParams on other', () =>
  Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams').get.call({}));
console.log(`${inits.length + parsed} inputs`);
