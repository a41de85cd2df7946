// internal:web/errors: the coded errors the web built-ins share, shaped
// as Node's C++ and WebIDL layers throw them: a plain TypeError/RangeError
// /Error with an enumerable own `code` (no code in its name or String(),
// unlike node:internal/errors' ERR_* errors).
(function (exports, require, binding, internals, module) {
  'use strict';

  function codedError(Base, code, message) {
    const error = new Base(message);
    Object.defineProperty(error, 'code', {
      value: code, writable: true, configurable: true, enumerable: true,
    });
    return error;
  }

  // Node's ERR_INVALID_THIS for a method called on the wrong receiver.
  function invalidThis(type) {
    return codedError(TypeError, 'ERR_INVALID_THIS',
                      `Value of "this" must be of type ${type}`);
  }

  // Node's ERR_MISSING_ARGS for one missing argument.
  function missingArgs(name) {
    return codedError(TypeError, 'ERR_MISSING_ARGS',
                      `The "${name}" argument must be specified`);
  }

  module.exports = { codedError, invalidThis, missingArgs };
});
