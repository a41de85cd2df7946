// qs (CommonJS; pulls side-channel, get-intrinsic, object-inspect, which
// uses require('util').inspect): nested parse/stringify and their options.
'use strict';
const qs = require('qs');
const inputs = ['a=b&c=d', 'a[b][c]=d&a[e]=f', 'a[]=1&a[]=2&a[5]=3', 'a.b.c=1&x=%E2%82%AC', 'a[0]=x&a[1]=y&b[z]=1',
  'a=1&a=2', 'empty=&flag&&=x', 'a[b]c=1', 'a%5Bb%5D=1', 'plus=a+b%20c', 'proto[__proto__][x]=1&hasOwnProperty=2'];
for (const s of inputs) console.log(s, JSON.stringify(qs.parse(s)), JSON.stringify(qs.parse(s, { allowDots: true, comma: true, depth: 1 })));
console.log(JSON.stringify(qs.parse('?a=1;b=2', { ignoreQueryPrefix: true, delimiter: /[;&]/ })), JSON.stringify(qs.parse('a=%F8', { charset: 'iso-8859-1' })));
console.log(JSON.stringify(qs.parse('a=1&b=true&c=null', { decoder: (s, d, c, type) => (type === 'value' && /^\d+$/.test(s) ? Number(s) : d(s)) })));
const obj = { a: { b: [1, 2, { c: 'd e' }] }, f: null, g: undefined, h: '', i: true, j: new Date(0), k: ['x', 'y'], 'sp ace': '€&=' };
console.log(qs.stringify(obj));
for (const arrayFormat of ['indices', 'brackets', 'repeat', 'comma']) console.log(arrayFormat, qs.stringify({ a: ['b', 'c'], d: { e: 'f' } }, { arrayFormat, encode: false }));
console.log(qs.stringify(obj, { allowDots: true, skipNulls: true, addQueryPrefix: true, format: 'RFC1738', sort: (a, b) => a.localeCompare(b) }));
console.log(qs.stringify({ a: 'ä' }, { charset: 'iso-8859-1', charsetSentinel: true }), qs.stringify({ a: 'b' }, { encodeValuesOnly: true, filter: ['a'] }));
try { qs.parse('a[b][c][d][e][f][g]=1', { depth: 2, strictDepth: true }); } catch (e) { console.log(e.name, e.message); }
