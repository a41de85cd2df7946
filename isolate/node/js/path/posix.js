// node:path/posix: the POSIX path functions (node:path itself).
(function (exports, require, binding, internals, module) {
  'use strict';
  module.exports = require('node:path').posix;
});
