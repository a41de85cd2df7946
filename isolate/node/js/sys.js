// node:sys: the old name of node:util (deprecated, DEP0025).
(function (exports, require, binding, internals, module) {
  'use strict';

  require('node:internal/warning').emitWarning(
    'sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
  module.exports = require('node:util');
});
