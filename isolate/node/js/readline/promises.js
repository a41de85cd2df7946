// node:readline/promises: not implemented in isohost (see node:readline).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  exports.Interface = denied.deniedClass('readline/promises', 'Interface', 'none');
  exports.Readline = denied.deniedClass('readline/promises', 'Readline', 'none');
  exports.createInterface =
    denied.deniedFunction('readline/promises', 'createInterface', 'none');
  require('node:internal/denied').reorder(module.exports, [
    'Interface', 'Readline', 'createInterface',
  ]);
});
