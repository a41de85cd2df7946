// node:readline: not implemented in isohost (it reads streams isohost
// does not have; see node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  exports.Interface = denied.deniedClass('readline', 'Interface', 'none', [],
                                         require('node:events'));
  denied.define(exports, 'readline', {
    functions: {
      none: ['clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
             'emitKeypressEvents', 'moveCursor'],
    },
  });
  Object.defineProperty(exports, 'promises', {
    enumerable: true,
    configurable: true,
    get() { return require('node:readline/promises'); },
  });
  require('node:internal/denied').reorder(module.exports, [
    'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
    'emitKeypressEvents', 'moveCursor', 'promises',
  ]);
});
