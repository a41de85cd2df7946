// lodash (CommonJS, one 540 KB file; uses util.types through _nodeUtil),
// lodash/fp (auto-curried, rearg'd wrappers) and per-method files.
'use strict';
const _ = require('lodash');
const fp = require('lodash/fp');
const chunk = require('lodash/chunk');
const fpMap = require('lodash/fp/map');
console.log(_.VERSION, typeof _.noConflict, chunk === _.chunk);
console.log(JSON.stringify(_.chunk([1, 2, 3, 4, 5], 2)), JSON.stringify(chunk(['a', 'b', 'c'], 2)));
const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
];
console.log(JSON.stringify(_.groupBy(users, 'active')));
console.log(JSON.stringify(_.sortBy(users, ['age']).map((u) => u.user)));
console.log(JSON.stringify(_.orderBy(users, ['active', 'age'], ['desc', 'asc']).map((u) => u.user)));
console.log(JSON.stringify(_.keyBy(users, 'user').fred), _.sumBy(users, 'age'), _.maxBy(users, 'age').user);
console.log(JSON.stringify(_.countBy(_.flatMap(users, 'tags'))), JSON.stringify(_.uniq([2, 1, 2, 3, 1])));
console.log(_.camelCase('Foo Bar-baz_qux'), _.kebabCase('fooBarBaz'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'));
console.log(_.capitalize('hELLO'), _.pad('abc', 9, '_-'), _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' }));
console.log(_.escape('<a href="x">&\'</a>'), _.unescape('&lt;b&gt;&amp;&#39;'), _.escapeRegExp('[lodash](https://lodash.com/)'));
const object = { a: [{ b: { c: 3 } }] };
console.log(_.get(object, 'a[0].b.c'), _.get(object, ['a', '0', 'b', 'x'], 'default'), _.has(object, 'a[0].b'));
_.set(object, 'x.y[1].z', 5);
console.log(JSON.stringify(object));
const deep = { d: new Date(0), r: /x/g, m: new Map([[1, { n: [1] }]]), s: new Set([1]), t: new Uint8Array([1, 2]) };
const copy = _.cloneDeep(deep);
console.log(copy.d !== deep.d, copy.d.getTime(), String(copy.r), copy.m.get(1).n !== deep.m.get(1).n, copy.s.has(1), copy.t[1]);
console.log(_.isEqual(deep, copy), _.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }));
console.log(JSON.stringify(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] })));
console.log(JSON.stringify(_.mergeWith({ a: [1] }, { a: [2] }, (x, y) => (_.isArray(x) ? x.concat(y) : undefined))));
console.log(JSON.stringify(_.pick({ a: 1, b: 2, c: 3 }, ['a', 'c'])), JSON.stringify(_.omit({ a: 1, b: 2, c: 3 }, 'b')));
console.log(JSON.stringify(_.zipObject(['a', 'b'], [1, 2])), JSON.stringify(_.unzip([['a', 1, true], ['b', 2, false]])));
console.log(JSON.stringify(_.difference([2, 1], [2, 3])), JSON.stringify(_.intersectionBy([2.1, 1.2], [2.3, 3.4], Math.floor)), JSON.stringify(_.xor([2, 1], [2, 3])));
console.log(JSON.stringify(_.range(0, 20, 5)), JSON.stringify(_.times(4, String)), JSON.stringify(_.partition([1, 2, 3, 4], (n) => n % 2)));
const compiled = _.template('hello <%= user %>! <% _.forEach(list, function(x) { %><li><%- x %></li><% }); %>');
console.log(compiled({ user: 'fred', list: ['<a>', 'b'] }));
const tpl2 = _.template('${ greeting }, ${ name.toUpperCase() }');
console.log(tpl2({ greeting: 'hi', name: 'pebbles' }));
let calls = 0;
const memo = _.memoize((n) => { calls += 1; return n * 2; });
memo(2); memo(2); memo(3);
console.log('memo calls', calls, memo.cache.size);
const once = _.once(() => ++calls);
console.log(once(), once(), calls);
const curried = _.curry((a, b, c) => [a, b, c]);
console.log(JSON.stringify(curried(1)(2)(3)), JSON.stringify(curried(1, _, 3)(2)));
console.log(_.flow([_.add, (n) => n * n])(2, 3), JSON.stringify(_.chain([1, 2, 3]).map((n) => n * 3).filter((n) => n > 3).value()));
console.log(JSON.stringify(fp.map((n) => n + 1)([1, 2])), JSON.stringify(fpMap(String, [1, 2])), fp.get('a.b')({ a: { b: 'fp' } }));
console.log(JSON.stringify(fp.flow(fp.filter((n) => n % 2), fp.map((n) => n * n), fp.sum)([1, 2, 3, 4, 5])));
console.log(JSON.stringify(fp.set('a.b', 2, { a: { b: 1 } })), fp.placeholder === fp, typeof fp.convert);
console.log(_.isPlainObject(Object.create(null)), _.isArguments((function () { return arguments; })()), _.isBuffer(new Uint8Array(1)),
            _.isTypedArray(new Float32Array(1)), _.isMap(new Map()), _.isDate(new Date(0)), _.isRegExp(/x/));
console.log(_.toNumber('0x1f'), _.toNumber('0b101'), _.toSafeInteger(Infinity), _.round(4.006, 2), _.inRange(3, 2, 4));
console.log(_.words('fred, barney, & pebbles'), _.deburr('déjà vu Ærøskøbing'));
