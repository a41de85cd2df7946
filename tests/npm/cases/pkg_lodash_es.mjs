// lodash-es: 650 small ES modules (no `exports` map: files are imported
// with their extension); the barrel's named and default exports.
import _, { chunk, debounce, groupBy, template, cloneDeep, isEqual } from 'lodash-es';
import chunkFile from 'lodash-es/chunk.js';
import * as ns from 'lodash-es';
import seq from 'lodash-es/seq.js';
console.log(_.VERSION, chunk === chunkFile, _.chunk === chunk, Object.keys(ns).length, typeof seq.chain);
console.log(JSON.stringify(chunk([1, 2, 3, 4, 5], 3)), JSON.stringify(groupBy([1.3, 2.1, 2.4], Math.floor)));
console.log(template('<%= a %>+<%- b %>')({ a: '<i>', b: '<i>' }));
const value = { when: new Date(86400000), list: [1, [2, [3]]], map: new Map([['k', new Set([1])]]) };
const copy = cloneDeep(value);
console.log(isEqual(copy, value), copy.map.get('k') !== value.map.get('k'), copy.when.toISOString());
console.log(typeof debounce(() => {}, 10).cancel);
console.log(JSON.stringify(_.chain([3, 1, 2]).sortBy().map((n) => n * 2).value()));
console.log(_.kebabCase('ÀBC déf'), _.padStart('7', 3, '0'), JSON.stringify(_.zip(['a', 'b'], [1, 2])));
