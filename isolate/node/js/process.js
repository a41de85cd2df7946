// node:process: the runtime's `process` object.
(function (exports, require, binding, internals, module) {
  'use strict';
  module.exports = internals.global.process;
});
