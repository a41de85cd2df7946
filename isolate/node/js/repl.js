// node:repl: not implemented in isohost (see node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  denied.define(exports, 'repl', {
    functions: { none: ['start', 'writer', 'isValidSyntax'] },
    classes: { none: ['REPLServer', 'Recoverable'] },
  });
  exports.REPL_MODE_SLOPPY = Symbol('repl-sloppy');
  exports.REPL_MODE_STRICT = Symbol('repl-strict');
  Object.defineProperty(exports, 'builtinModules', {
    enumerable: true,
    configurable: true,
    get() {
      return require('node:module').builtinModules.filter((name) => !name.startsWith('_'));
    },
  });
  require('node:internal/denied').reorder(module.exports, [
    'start', 'writer', 'REPLServer', 'REPL_MODE_SLOPPY', 'REPL_MODE_STRICT',
    'Recoverable', 'isValidSyntax', 'builtinModules',
  ]);
});
