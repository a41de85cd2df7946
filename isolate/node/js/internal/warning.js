// node:internal/warning: process warnings (MaxListenersExceededWarning,
// DeprecationWarning, ...). They go to process.emitWarning (the
// bootstrap's prints "(isohost:PID) [DEP0005] DeprecationWarning: ..." on
// stderr, or emits 'warning' when there are listeners). Without one they
// are printed the same way, after the current tick, without the pid.
// process.noDeprecation and process.throwDeprecation are honoured.
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
    const name = typeof warning === 'string' ? String(type) : warning?.name;
    if (name === 'DeprecationWarning') {
      if (process?.noDeprecation) return;
      if (process?.throwDeprecation) {
        if (typeof warning === 'string') {
          warning = Object.assign(new Error(warning), { name });
          if (code !== undefined) warning.code = code;
        }
        throw warning;
      }
    }
    if (typeof process?.emitWarning === 'function') {
      process.emitWarning(warning, type, code);
      return;
    }
    if (typeof warning === 'string') {
      const error = new Error(warning);
      error.name = name;
      if (code !== undefined) error.code = code;
      warning = error;
    }
    nextTick(() => natives.print(2, warningText(warning)));
  }

  module.exports = { emitWarning };
});
