// require() of ES modules. Node 20.19+ loads a synchronous ES module
// graph through require() (process.features.require_module) and returns
// its namespace; a graph with top-level await throws
// ERR_REQUIRE_ASYNC_MODULE (older Node threw ERR_REQUIRE_ESM for every
// ES module). ESM-only packages here: nanoid, escape-string-regexp,
// marked, uuid, query-string, p-limit.
'use strict';
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, 'throws', error.code, error.name);
  }
};
show('nanoid', () => {
  const ns = require('nanoid');
  return [Object.prototype.toString.call(ns), Object.keys(ns).sort().join(','),
          ns.customAlphabet('ab', 8)().length];
});
show('escape-string-regexp', () => {
  const ns = require('escape-string-regexp');
  return [typeof ns.default, ns.default('a.b*c'), ns.__esModule];
});
show('marked', () => require('marked').marked.parse('# hi\n\n*x*'));
show('uuid', () => require('uuid').validate('00000000-0000-0000-0000-000000000000'));
show('query-string', () => require('query-string').default.stringify({ b: 2, a: [1, 3] }));
show('p-limit', () => typeof require('p-limit').default);
show('fixture esm', () => Object.keys(require('./fixtures/esm_plain.mjs')));
show('fixture tla', () => require('./fixtures/esm_tla.mjs'));
// A .js file in a "type": "module" scope is ESM too.
show('fixture type module', () => require('./fixtures/esm_scope/lib.js').kind);
