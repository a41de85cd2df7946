// Module syntax detection seen from require(): an ambiguous .js file with
// ES module syntax is loaded as ESM (require(esm) returns its namespace);
// with top-level await it throws ERR_REQUIRE_ASYNC_MODULE.
'use strict';
const show = (label, fn) => {
  try { console.log(label, fn()); } catch (error) { console.log(label, 'throws', error.code, error.name); }
};
show('esm_syntax', () => { const ns = require('./fixtures/detect/esm_syntax.js'); return [Object.keys(ns).join(','), ns.detected]; });
show('cjs_syntax', () => require('./fixtures/detect/cjs_syntax.js').detected);
show('punycode es6', () => require('punycode/punycode.es6.js').toASCII('bücher.de'));
show('tla', () => require('./fixtures/detect/tla.js'));
