// node:stream/promises: not implemented in isohost (see node:stream).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  exports.finished = denied.deniedFunction('stream/promises', 'finished', 'none', true);
  exports.pipeline = denied.deniedFunction('stream/promises', 'pipeline', 'none', true);
  require('node:internal/denied').reorder(module.exports, [
    'finished', 'pipeline',
  ]);
});
