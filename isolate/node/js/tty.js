// node:tty: an isohost runtime has no terminal: isatty() is false for
// every descriptor; the stream classes are not implemented.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  exports.isatty = function isatty(fd) { return false; };
  exports.ReadStream = denied.deniedClass('tty', 'ReadStream', 'none');
  exports.WriteStream = denied.deniedClass('tty', 'WriteStream', 'none');
  require('node:internal/denied').reorder(module.exports, [
    'isatty', 'ReadStream', 'WriteStream',
  ]);
});
