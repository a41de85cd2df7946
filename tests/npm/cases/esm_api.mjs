// ES module features packages rely on: import.meta.url/resolve,
// createRequire from ESM, import() of
// CommonJS with __esModule interop (the default is module.exports, not
// exports.default), ESM cycles (function hoisting, TDZ for const), one
// instance per resolved URL, and CommonJS `this`/globals not leaking.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as cycleA from './fixtures/esm_cycle/a.mjs';
import * as cycleB from './fixtures/esm_cycle/b.mjs';
import interop, { named } from './fixtures/babel_interop.cjs';
import * as interopNs from './fixtures/babel_interop.cjs';
const base = new URL('../', import.meta.url).href;
console.log(import.meta.url.slice(base.length), typeof import.meta.resolve, import.meta.resolve('./x.js').slice(base.length));
console.log(typeof import.meta.dirname, typeof import.meta.filename, fileURLToPath(import.meta.url).endsWith('/cases/esm_api.mjs'));
const require = createRequire(import.meta.url);
console.log(require('lodash').VERSION, require.resolve('zod').slice(fileURLToPath(base).length), typeof require('./fixtures/data.json').n);
console.log(typeof interop, typeof interop.default, interop.default(), named, Object.keys(interopNs).join(','));
console.log(cycleA.a, cycleA.early, cycleB.b, cycleB.hoisted, cycleA.fromA());
const again = await import('./fixtures/esm_cycle/a.mjs');
const viaQuery = await import('./fixtures/esm_cycle/a.mjs?v=2');
console.log(again === cycleA, viaQuery === cycleA, viaQuery.a);
console.log(typeof this, typeof require, typeof module, typeof exports, typeof __filename);
