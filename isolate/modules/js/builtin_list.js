// internal:modules/builtin_list: the built-in modules user code may load
// with require('x') / import 'node:x' (every registered "node:" id except
// node:internal/...).
(function (exports, require, binding, internals, module) {
  'use strict';
  const ids = internals.natives.builtinIds('node:')
    .filter((id) => !id.startsWith('node:internal/'))
    .map((id) => id.slice(5));
  module.exports = Object.freeze(ids);
});
