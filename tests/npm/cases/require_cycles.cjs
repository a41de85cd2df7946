// Require cycles. semver's classes/comparator.js and classes/range.js
// require each other (each exports before it requires the other); loading
// either one first must give a working pair. A local a <-> b cycle shows
// the partial exports object a cycle sees, and require.cache / module
// fields are checked along the way.
'use strict';
const Comparator = require('semver/classes/comparator');
const Range = require('semver/classes/range');
const range = new Range('>=1.2.3 <2.0.0-0 || ^3.1.0');
console.log(range.set.length, range.set[0][0] instanceof Comparator, String(range));
console.log(new Comparator('>=1.2.3').test('1.5.0'), range.test('3.2.0'), range.test('2.5.0'));
console.log(new Comparator('<2.0.0').intersects(new Comparator('>1.0.0')));
const semver = require('semver');
console.log(semver.Range === Range, semver.Comparator === Comparator);

const a = require('./fixtures/cycle/a.js');
console.log('a', JSON.stringify(a));
const b = require('./fixtures/cycle/b.js');
console.log('b', JSON.stringify(b));
console.log('b saw a partial:', b.sawA);
const key = require.resolve('./fixtures/cycle/a.js');
console.log('in cache', key in require.cache, require.cache[key].loaded,
            require.cache[key].exports === a);
console.log('main', require.main === module, module.id, typeof module.paths);
