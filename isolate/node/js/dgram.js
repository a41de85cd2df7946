// node:dgram: network access is not granted (see node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  denied.define(exports, 'dgram', {
    functions: { net: ['_createSocketHandle', 'createSocket'] },
  });
  exports.Socket = denied.deniedClass('dgram', 'Socket', 'net', [],
                                      require('node:events'));
  require('node:internal/denied').reorder(module.exports, [
    '_createSocketHandle', 'createSocket', 'Socket',
  ]);
});
