'use strict';
// A deterministic program that prints many values with console.log /
// console.dir / %-formats, using only standard JavaScript. It is run both by
// Node and by the isohost binary (see host_vs_node_test.js): their outputs
// must be identical apart from error stack frames.
//
// Strings never contain lone surrogates here: they are printed raw at the top
// level and the two runtimes encode them differently on stdout.

let seed = 20240229;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const ri = (n) => Math.floor(rand() * n);
const chars = [...'abcXYZ012 \'"`\n\t\\é中😀-_$'];

function str() {
  let s = '';
  const n = ri(4) === 0 ? ri(90) : ri(10);
  for (let i = 0; i < n; i++) s += chars[ri(chars.length)];
  return s;
}

function prim() {
  switch (ri(10)) {
    case 0: return ri(2) ? -0 : NaN;
    case 1: return Math.floor(rand() ** 4 * 1e7) * (ri(2) ? 1 : -1);
    case 2: return rand() * 100;
    case 3: return BigInt(ri(100000));
    case 4: return str();
    case 5: return null;
    case 6: return undefined;
    case 7: return ri(2) === 0;
    case 8: return Symbol(str());
    default: return ri(1000);
  }
}

function special(d) {
  switch (ri(12)) {
    case 0: {
      class K { constructor() { this.x = val(d + 1); } get g() { return 1; } }
      return new K();
    }
    case 1: {
      const e = new (ri(2) ? Error : TypeError)(str());
      if (ri(2)) e.code = val(d + 1);
      if (ri(3) === 0) delete e.stack;
      return e;
    }
    case 2: return Object.assign(function named() {}, { p: val(d + 1) });
    case 3: {
      const o = { a: val(d + 1) };
      o.self = ri(2) ? o : [o];
      return o;
    }
    case 4: return Object.assign(Object.create(null), { z: val(d + 1) });
    case 5:
      return Object.defineProperty({ v: val(d + 1) }, 'acc',
        { get() { return 1; }, set(x) {}, enumerable: true });
    case 6: return [new Number(ri(100)), new String(str()), Object(1n)];
    case 7: return new Uint8Array(ri(120)).buffer;
    case 8: return Promise.resolve(val(d + 1));
    case 9: return new Map([[1, val(d + 1)]]).entries();
    case 10: return new Error('outer', { cause: val(d + 1) });
    default:
      return Object.defineProperty([val(d + 1)], 'hid', { value: val(d + 1), enumerable: false });
  }
}

function val(d) {
  if (d > 5 || ri(3) === 0) return prim();
  switch (ri(9)) {
    case 0: case 1: {
      const n = ri(4) === 0 ? ri(130) : ri(9);
      const kind = ri(3);
      return Array.from({ length: n },
        () => (kind === 0 ? prim() : kind === 1 ? ri(10 ** (1 + ri(5))) : val(d + 1)));
    }
    case 2: case 3: {
      const o = {};
      const n = ri(8);
      for (let i = 0; i < n; i++) o[ri(3) ? str() : `k${i}`] = val(d + 1);
      return o;
    }
    case 4: return new Map(Array.from({ length: ri(5) }, () => [val(d + 1), val(d + 1)]));
    case 5: return new Set(Array.from({ length: ri(8) }, () => val(d + 1)));
    case 6: {
      const a = Array.from({ length: ri(20) }, () => prim());
      delete a[ri(20)];
      return a;
    }
    case 7: return new Float64Array(Array.from({ length: ri(30) }, () => rand() * 10 ** ri(6)));
    case 8: return { [Symbol('s')]: val(d + 1), nested: [val(d + 1)] };
    default: return special(d);
  }
}

const count = Number(typeof process === 'object' && process.argv && process.argv[2]) || 300;
for (let i = 0; i < count; i++) {
  const v = val(0);
  const opts = ri(3) === 0 ? {} : {
    depth: ri(6),
    breakLength: [80, 40, 120, Infinity][ri(4)],
    compact: [3, 1, 2, true, false][ri(5)],
    colors: ri(4) === 0,
    showHidden: ri(5) === 0,
    sorted: ri(6) === 0,
    maxArrayLength: [100, 5, 0][ri(3)],
  };
  console.log(`#${i}`);
  console.dir(v, opts);
  try {
    console.log('%s|%d|%i|%f|%o|%j', v, v, v, v, [v], v, 'extra');
  } catch (err) {
    console.log(`format threw ${err.name}: ${err.message}`);
  }
}
