// node:internal/errors: Node's coded errors (ERR_*), with Node 20's
// messages, and the argument validators the node: built-ins share.
//
// A coded error is a plain TypeError/RangeError/Error whose stack starts
// "TypeError [ERR_X]: message" (as Node's do), with an enumerable own
// `code` and an own toString() that prints the code too.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { inspect } = internals;

  // Builds `new Base(message)` the way Node's NodeError does. The stack is
  // formatted lazily by V8 on first read, so the temporary own `name` puts
  // the code into its first line.
  function codedError(Base, code, message, hideFrom) {
    const error = new Base(message);
    if (typeof hideFrom === 'function') {
      Error.captureStackTrace(error, hideFrom);
    }
    const name = error.name;
    Object.defineProperty(error, 'name', {
      value: `${name} [${code}]`, configurable: true, writable: true,
    });
    // eslint-disable-next-line no-unused-expressions
    error.stack;
    delete error.name;
    Object.defineProperty(error, 'toString', {
      value() { return `${this.name} [${code}]: ${this.message}`; },
      writable: true, configurable: true, enumerable: false,
    });
    Object.defineProperty(error, 'code', {
      value: code, writable: true, configurable: true, enumerable: true,
    });
    return error;
  }

  // `value` described the way Node's ERR_INVALID_ARG_TYPE ends its message.
  function determineSpecificType(value) {
    if (value == null) return `${value}`;
    if (typeof value === 'function') return `function ${value.name}`;
    if (typeof value === 'object') {
      if (value.constructor?.name) {
        return `an instance of ${value.constructor.name}`;
      }
      return inspect(value, { depth: -1 });
    }
    let shown = inspect(value, { colors: false });
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    return `type ${typeof value} (${shown})`;
  }

  const kTypes = ['string', 'function', 'number', 'object', 'Function',
                  'Object', 'boolean', 'bigint', 'symbol'];
  const classPattern = /^([A-Z][a-z0-9]*)+$/;

  function listWithOr(items, prefix) {
    if (items.length > 2) {
      return `${prefix}${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
    }
    if (items.length === 2) return `${prefix}${items[0]} or ${items[1]}`;
    return `${prefix}${items[0]}`;
  }

  function invalidArgTypeMessage(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    let message;
    if (name.endsWith(' argument')) {
      message = `The ${name} `;
    } else {
      const kind = name.includes('.') ? 'property' : 'argument';
      message = `The "${name}" ${kind} `;
    }
    message += 'must be ';
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      if (kTypes.includes(value)) types.push(value.toLowerCase());
      else if (classPattern.test(value)) instances.push(value);
      else other.push(value);
    }
    if (instances.length > 0) {
      const at = types.indexOf('object');
      if (at !== -1) {
        types.splice(at, 1);
        instances.push('Object');
      }
    }
    if (types.length > 0) {
      message += types.length > 1 ? listWithOr(types, 'one of type ') :
        `of type ${types[0]}`;
      if (instances.length > 0 || other.length > 0) message += ' or ';
    }
    if (instances.length > 0) {
      message += listWithOr(instances, 'an instance of ');
      if (other.length > 0) message += ' or ';
    }
    if (other.length > 0) {
      if (other.length > 1) {
        message += listWithOr(other, 'one of ');
      } else {
        if (other[0].toLowerCase() !== other[0]) message += 'an ';
        message += other[0];
      }
    }
    return `${message}. Received ${determineSpecificType(actual)}`;
  }

  function addNumericalSeparator(text) {
    let result = '';
    let i = text.length;
    const start = text[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) result = `_${text.slice(i - 3, i)}${result}`;
    return `${text.slice(0, i)}${result}`;
  }

  // ---- the error codes ------------------------------------------------------

  const codes = {
    ERR_INVALID_ARG_TYPE: (name, expected, actual) => codedError(
      TypeError, 'ERR_INVALID_ARG_TYPE',
      invalidArgTypeMessage(name, expected, actual)),
    ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid') {
      let shown = inspect(value);
      if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
      const kind = name.includes('.') ? 'property' : 'argument';
      return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                        `The ${kind} '${name}' ${reason}. Received ${shown}`);
    },
    ERR_OUT_OF_RANGE(name, range, input, replaceDefault = false) {
      let message = replaceDefault ? name :
        `The value of "${name}" is out of range.`;
      let received;
      if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
        received = addNumericalSeparator(String(input));
      } else if (typeof input === 'bigint') {
        received = String(input);
        if (input > 2n ** 32n || input < -(2n ** 32n)) {
          received = addNumericalSeparator(received);
        }
        received += 'n';
      } else {
        received = inspect(input);
      }
      message += ` It must be ${range}. Received ${received}`;
      return codedError(RangeError, 'ERR_OUT_OF_RANGE', message);
    },
    ERR_MISSING_ARGS(...names) {
      const quoted = names.map((name) => (Array.isArray(name) ?
        name.map((n) => `"${n}"`).join(' or ') : `"${name}"`));
      let message = 'The ';
      if (quoted.length === 1) message += `${quoted[0]} argument`;
      else if (quoted.length === 2) message += `${quoted[0]} and ${quoted[1]} arguments`;
      else message += `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)} arguments`;
      return codedError(TypeError, 'ERR_MISSING_ARGS', `${message} must be specified`);
    },
    ERR_UNHANDLED_ERROR: (shown) => codedError(
      Error, 'ERR_UNHANDLED_ERROR',
      shown === undefined ? 'Unhandled error.' : `Unhandled error. (${shown})`),
    ERR_METHOD_NOT_IMPLEMENTED: (name) => codedError(
      Error, 'ERR_METHOD_NOT_IMPLEMENTED',
      `The ${name} method is not implemented`),
    ERR_INVALID_RETURN_VALUE: (input, name, value) => codedError(
      TypeError, 'ERR_INVALID_RETURN_VALUE',
      `Expected ${input} to be returned from the "${name}" function but got ` +
      `${determineSpecificType(value)}.`),
    ERR_FALSY_VALUE_REJECTION(reason) {
      const error = codedError(Error, 'ERR_FALSY_VALUE_REJECTION',
                               'Promise was rejected with falsy value');
      error.reason = reason;
      return error;
    },
    ERR_AMBIGUOUS_ARGUMENT: (name, reason) => codedError(
      TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
      `The "${name}" argument is ambiguous. ${reason}`),
    ERR_INVALID_THIS: (type) => codedError(
      TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`),
    ERR_ILLEGAL_CONSTRUCTOR: () => codedError(
      TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor'),
    ERR_INVALID_URI: () => codedError(URIError, 'ERR_INVALID_URI', 'URI malformed'),
  };

  // Node's AbortError (what aborted operations reject with).
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      if (options !== undefined && typeof options !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  // ---- validators (Node's lib/internal/validators semantics) --------------

  function validateFunction(value, name) {
    if (typeof value !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
    }
  }

  function validateString(value, name) {
    if (typeof value !== 'string') {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
    }
  }

  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
    }
  }

  // Plain validateObject: null, arrays and functions are refused unless
  // allowed by the options.
  function validateObject(value, name, options = undefined) {
    const allowArray = options?.allowArray ?? false;
    const allowFunction = options?.allowFunction ?? false;
    const nullable = options?.nullable ?? false;
    if ((!nullable && value === null) ||
        (!allowArray && Array.isArray(value)) ||
        (typeof value !== 'object' &&
         (!allowFunction || typeof value !== 'function'))) {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
  }

  function validateNumber(value, name, min = undefined, max = undefined) {
    if (typeof value !== 'number') {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      const range = `${min != null ? `>= ${min}` : ''}` +
        `${min != null && max != null ? ' && ' : ''}` +
        `${max != null ? `<= ${max}` : ''}`;
      throw codes.ERR_OUT_OF_RANGE(name, range, value);
    }
  }

  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                           max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    if (!Number.isInteger(value)) {
      throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    if (value < min || value > max) {
      throw codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
    }
  }

  function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' ||
         !('aborted' in signal))) {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
    }
  }

  module.exports = {
    codedError, codes, AbortError, determineSpecificType,
    invalidArgTypeMessage,
    addNumericalSeparator, validateFunction, validateString,
    validateBoolean, validateObject, validateNumber, validateInteger,
    validateAbortSignal,
  };
});
