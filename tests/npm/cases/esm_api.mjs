// ES module features packages rely on: import.meta.url/resolve/dirname/
// filename, createRequire from ESM, import() of CommonJS with
// __esModule interop (the default is module.exports, not
// exports.default), ESM cycles (function hoisting, TDZ for const), one
// instance per resolved URL, and CommonJS globals not leaking into ESM.
// Each check prints on its own, so one missing feature hides no other.
import { createRequire } from 'node:module';
import * as cycleA from './fixtures/esm_cycle/a.mjs';
import * as cycleB from './fixtures/esm_cycle/b.mjs';
import interop, { named } from './fixtures/babel_interop.cjs';
import * as interopNs from './fixtures/babel_interop.cjs';
const base = import.meta.url.slice(0, import.meta.url.lastIndexOf('/cases/') + 1);
const basePath = decodeURIComponent(base.slice('file://'.length));
const check = (label, fn) => {
  try {
    console.log(label, ...fn());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code);
  }
};
check('import.meta.url', () => [import.meta.url.slice(base.length), Object.keys(import.meta).sort().join(',')]);
check('import.meta.resolve', () => [typeof import.meta.resolve, import.meta.resolve('./x.js').slice(base.length), import.meta.resolve('zod').slice(base.length)]);
check('import.meta.dirname', () => [typeof import.meta.dirname, String(import.meta.dirname).slice(basePath.length), String(import.meta.filename).slice(basePath.length)]);
check('createRequire', () => {
  const require = createRequire(import.meta.url);
  return [require('lodash').VERSION, require.resolve('zod').slice(basePath.length), typeof require('./fixtures/data.json').n];
});
check('createRequire(path)', () => [createRequire(`${basePath}cases/`).resolve('semver').slice(basePath.length)]);
check('interop', () => [typeof interop, typeof interop.default, interop.default(), named, Object.keys(interopNs).join(',')]);
check('cycle', () => [cycleA.a, cycleA.early, cycleB.b, cycleB.hoisted, cycleA.fromA()]);
const again = await import('./fixtures/esm_cycle/a.mjs');
check('instances', () => [again === cycleA]);
try {
  const viaQuery = await import('./fixtures/esm_cycle/a.mjs?v=2');
  console.log('query', viaQuery === cycleA, viaQuery.a);
} catch (error) {
  console.log('query throws', error.name, error.code);
}
check('globals', () => [typeof this, typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname]);
