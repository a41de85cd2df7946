// Small CommonJS utilities everyone depends on: fast-deep-equal (and its
// es6 variant with Map/Set/typed arrays), ms, fast-json-stable-stringify,
// deepmerge, clsx, classnames (+ bind, dedupe), escape-html, minimist.
'use strict';
const equal = require('fast-deep-equal');
const equal6 = require('fast-deep-equal/es6');
const ms = require('ms');
const stable = require('fast-json-stable-stringify');
const deepmerge = require('deepmerge');
const clsx = require('clsx');
const classnames = require('classnames');
const bind = require('classnames/bind');
const dedupe = require('classnames/dedupe');
const escapeHtml = require('escape-html');
const minimist = require('minimist');
console.log(equal({ a: [1, { b: 2 }], d: new Date(5), r: /x/g }, { a: [1, { b: 2 }], d: new Date(5), r: /x/g }), equal({ a: 1 }, { a: 1, b: undefined }), equal(NaN, NaN));
console.log(equal6(new Map([[1, new Set([2])]]), new Map([[1, new Set([2])]])), equal6(new Uint8Array([1, 2]), new Uint8Array([1, 3])), equal6(new Set([1]), new Set([2])));
for (const s of ['2 days', '1d', '10h', '2.5 hrs', '1m', '5s', '100', '-3 days', '1y', '1 week', 'bad', '', null]) {
  try { console.log(JSON.stringify(s), ms(s)); } catch (e) { console.log(JSON.stringify(s), e.message); }
}
for (const n of [0, 999, 1000, 60000, 3600000 * 5, 86400000 * 3, -1500, 123456789]) console.log(n, ms(n), ms(n, { long: true }));
console.log(stable({ b: [3, { z: 1, a: 2 }], a: undefined, c: null, d: new Date(0) }), stable({ b: 1, a: 2 }, { cmp: (x, y) => (x.key < y.key ? 1 : -1) }));
const cyc = { x: 1 }; cyc.self = cyc;
try { stable(cyc); } catch (e) { console.log(e.name, e.message); }
console.log(stable(cyc, { cycles: true }));
console.log(JSON.stringify(deepmerge({ a: [1], b: { c: 1, d: [1] } }, { a: [2], b: { d: [2], e: 3 } })));
console.log(JSON.stringify(deepmerge.all([{ a: 1 }, { b: 2 }, { a: 3 }])), JSON.stringify(deepmerge({ a: [1, 2] }, { a: [3] }, { arrayMerge: (d, s) => s })));
console.log(clsx('a', { b: true, c: false }, ['d', ['e', { f: 1 }]], null, 0, 'g'), '|', clsx(), '|', clsx(1, 0n, ''));
console.log(classnames('a', { b: 1, c: 0 }, ['d', ['e']], { toString() { return 'ts'; } }), '|', bind.bind({ btn: 'x-btn' })('btn', 'y'), '|', dedupe('a b', { a: false }, 'c c'));
console.log(escapeHtml('<script>alert("x" & \'y\')</script>'), escapeHtml(42), escapeHtml(''));
console.log(JSON.stringify(minimist(['-x', '3', '-y', '--name=ann', '--no-color', 'pos', '--', '--raw', '-abc', '--n', '0x10'], { string: ['name'], boolean: ['y'], alias: { x: 'xx' }, default: { d: 1 } })));
console.log(JSON.stringify(minimist(['-abc', '--k', 'v', '--k', 'w', 'rest', '--list.a', '1'])));
