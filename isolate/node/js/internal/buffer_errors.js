// node:internal/buffer_errors: the Node errors and argument checks that
// node:buffer and node:string_decoder throw, with Node 20's codes and
// wording (ERR_INVALID_ARG_TYPE's "of type ... or an instance of ...",
// ERR_OUT_OF_RANGE's "Received 4_294_967_296", ...).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { makeNodeError } = require('internal:web/encoding');
  const { inspect } = internals;
  // The messages' wording is node:internal/errors' (Node's); the errors
  // themselves are makeNodeError's.
  const {
    invalidArgTypeMessage, addNumericalSeparator: groupDigits,
  } = require('node:internal/errors');

  function invalidArgType(name, expected, actual) {
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                         invalidArgTypeMessage(name, expected, actual));
  }

  function outOfRange(name, range, received) {
    let shown;
    if (Number.isInteger(received) && Math.abs(received) > 2 ** 32) {
      shown = groupDigits(String(received));
    } else if (typeof received === 'bigint') {
      shown = String(received);
      if (received > 2n ** 32n || received < -(2n ** 32n)) {
        shown = groupDigits(shown);
      }
      shown += 'n';
    } else {
      shown = inspect(received);
    }
    return makeNodeError(
      RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. ` +
      `Received ${shown}`);
  }

  function bufferOutOfBounds(name) {
    return makeNodeError(
      RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
      name ? `"${name}" is outside of buffer bounds` :
        'Attempt to access memory outside buffer bounds');
  }

  function unknownEncoding(encoding) {
    return makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING',
                         `Unknown encoding: ${encoding}`);
  }

  function invalidArgValue(name, value, reason = 'is invalid') {
    let shown = inspect(value);
    if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                         `The ${type} '${name}' ${reason}. Received ${shown}`);
  }

  function coded(Base, code, message) {
    return makeNodeError(Base, code, message);
  }

  // What Node's C++ throws: a plain error with an own `code` (no code in
  // its name or String()).
  function plain(Base, code, message) {
    const error = new Base(message);
    error.code = code;
    return error;
  }

  // ---- validators -----------------------------------------------------------

  function validateNumber(value, name, min = undefined, max = undefined) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      const range = `${min != null ? `>= ${min}` : ''}` +
        `${min != null && max != null ? ' && ' : ''}` +
        `${max != null ? `<= ${max}` : ''}`;
      throw outOfRange(name, range, value);
    }
  }

  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                           max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
    if (value < min || value > max) {
      throw outOfRange(name, `>= ${min} && <= ${max}`, value);
    }
  }

  function validateString(value, name) {
    if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
  }

  exports.invalidArgType = invalidArgType;
  exports.invalidArgTypeMessage = invalidArgTypeMessage;
  exports.outOfRange = outOfRange;
  exports.bufferOutOfBounds = bufferOutOfBounds;
  exports.unknownEncoding = unknownEncoding;
  exports.invalidArgValue = invalidArgValue;
  exports.coded = coded;
  exports.plain = plain;
  exports.validateNumber = validateNumber;
  exports.validateInteger = validateInteger;
  exports.validateString = validateString;
});
