// node:module: the CommonJS Module class (isolate/modules/js/cjs.js) with
// createRequire, builtinModules and isBuiltin.
(function (exports, require, binding, internals, module) {
  'use strict';
  module.exports = require('internal:modules/cjs').Module;
});
