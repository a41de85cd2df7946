// node:internal/warning: process warnings (MaxListenersExceededWarning,
// DeprecationWarning, ...) as Node prints them, on stderr after the current
// tick:
//     (isohost) [DEP0005] DeprecationWarning: message
// Node writes "(node:PID)"; an isohost runtime has no process id of its own
// to show (and the host's is none of a script's business), so the prefix is
// "(isohost)". There is no --trace-warnings hint either: isohost has no such
// flag. If something installs a process.emitWarning, warnings go there.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { natives, nextTick } = internals;

  function warningText(warning) {
    const code = warning.code === undefined ? '' : `[${warning.code}] `;
    return `(isohost) ${code}${warning.name}: ${warning.message}\n`;
  }

  // emitWarning(warning[, type[, code]]): warning is an Error or a string.
  function emitWarning(warning, type = 'Warning', code = undefined) {
    const process = internals.global.process;
    if (typeof process?.emitWarning === 'function' &&
        process.emitWarning !== emitWarning) {
      process.emitWarning(warning, type, code);
      return;
    }
    if (typeof warning === 'string') {
      const error = new Error(warning);
      error.name = String(type);
      if (code !== undefined) error.code = code;
      warning = error;
    }
    if (warning.name === 'DeprecationWarning') {
      if (process?.noDeprecation) return;
      if (process?.throwDeprecation) throw warning;
    }
    nextTick(() => natives.print(2, warningText(warning)));
  }

  module.exports = { emitWarning };
});
