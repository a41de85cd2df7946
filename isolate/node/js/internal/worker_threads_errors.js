// node:internal/worker_threads_errors: the Node errors node:worker_threads
// throws (codes and messages as Node 20 words them).
(function (exports, require, binding, internals, module) {
  'use strict';
  const { describeReceived, inspect } = internals;

  function coded(ErrorType, code, message) {
    const error = new ErrorType(message);
    Object.defineProperty(error, 'code', {
      value: code, writable: true, configurable: true, enumerable: true,
    });
    return error;
  }

  // ERR_INVALID_ARG_TYPE: `name` with a dot is a property ("options.argv").
  function invalidArgType(name, expected, value) {
    const kind = name.includes('.') ? 'property' : 'argument';
    return coded(TypeError, 'ERR_INVALID_ARG_TYPE',
                 `The "${name}" ${kind} must be ${expected}.` +
                 describeReceived(value));
  }

  function invalidArgValue(name, value, reason) {
    const kind = name.includes('.') ? 'property' : 'argument';
    return coded(TypeError, 'ERR_INVALID_ARG_VALUE',
                 `The ${kind} '${name}' ${reason}. Received ${inspect(value)}`);
  }

  function workerPath(filename) {
    return coded(
      TypeError, 'ERR_WORKER_PATH',
      'The worker script or module filename must be an absolute path or a ' +
      'relative path starting with \'./\' or \'../\'.' +
      (filename.startsWith('file://') ?
        ' Wrap file:// URLs with `new URL`.' : '') +
      (filename.startsWith('data:text/javascript') ?
        ' Wrap data: URLs with `new URL`.' : '') +
      ` Received ${JSON.stringify(filename)}`);
  }

  function notImplemented(what) {
    return coded(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                 `The ${what} method is not implemented`);
  }

  module.exports = {
    coded, invalidArgType, invalidArgValue, workerPath, notImplemented,
  };
});
