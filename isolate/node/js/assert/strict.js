// node:assert/strict: assert.strict (the strict functions under the usual
// names).
(function (exports, require, binding, internals, module) {
  'use strict';
  module.exports = require('node:assert').strict;
});
