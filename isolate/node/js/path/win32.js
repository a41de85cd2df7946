// node:path/win32: isohost runs on POSIX hosts and implements only the
// POSIX path rules. This object has Node's shape (sep '\\', delimiter
// ';', win32/posix links) and its functions throw
// ERR_METHOD_NOT_IMPLEMENTED, so code that merely looks at path.win32
// loads, and code that relies on Windows path semantics fails loudly.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { codes } = require('node:internal/errors');
  const posix = require('node:path');

  const win32 = {};
  for (const name of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative',
                      'toNamespacedPath', 'dirname', 'basename', 'extname',
                      'format', 'parse']) {
    win32[name] = {
      [name]() { throw codes.ERR_METHOD_NOT_IMPLEMENTED(`path.win32.${name}()`); },
    }[name];
  }
  win32.sep = '\\';
  win32.delimiter = ';';
  win32.win32 = win32;
  win32.posix = posix;
  win32._makeLong = win32.toNamespacedPath;
  module.exports = win32;
});
