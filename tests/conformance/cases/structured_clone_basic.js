// structuredClone copies deeply, keeps cycles, and rejects functions.
const src = { n: 1, s: 'x', arr: [1, 2, [3]], d: new Date(0), m: new Map([['k', 'v']]), set: new Set([1, 2]) };
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.arr !== src.arr, c.arr[2][0]);
console.log(c.self === c, c.d instanceof Date, c.d.getTime());
console.log(c.m.get('k'), c.set.size, c.set.has(2));
try {
  structuredClone({ f() {} });
} catch (e) {
  console.log('function clone throws', e.name);
}
console.log(structuredClone(undefined) === undefined, structuredClone(null) === null);
