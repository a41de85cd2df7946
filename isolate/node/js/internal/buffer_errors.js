// node:internal/buffer_errors: the Node errors and argument checks that
// node:buffer and node:string_decoder throw, with Node 20's codes and
// wording (ERR_INVALID_ARG_TYPE's "of type ... or an instance of ...",
// ERR_OUT_OF_RANGE's "Received 4_294_967_296", ...).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { makeNodeError } = require('internal:web/encoding');
  const { inspect } = internals;

  // ---- how a received value is described --------------------------------

  function describeType(value) {
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

  // 1234567 -> "1_234_567" (the digits of String(value), as Node groups
  // them, exponent and all).
  function groupDigits(text) {
    let result = '';
    let i = text.length;
    const start = text[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) result = `_${text.slice(i - 3, i)}${result}`;
    return `${text.slice(0, i)}${result}`;
  }

  // ---- messages -----------------------------------------------------------

  const primitiveTypes = ['string', 'function', 'number', 'object',
    'Function', 'Object', 'boolean', 'bigint', 'symbol'];
  const className = /^([A-Z][a-z0-9]*)+$/;

  function listOf(items, one, many) {
    if (items.length > 2) {
      return `${many}${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
    }
    if (items.length === 2) return `${many}${items[0]} or ${items[1]}`;
    return `${one}${items[0]}`;
  }

  function invalidArgTypeMessage(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    let message = 'The ';
    if (name.endsWith(' argument')) {
      message += `${name} `;
    } else {
      message += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
    }
    message += 'must be ';
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      if (primitiveTypes.includes(value)) types.push(value.toLowerCase());
      else if (className.test(value)) instances.push(value);
      else other.push(value);
    }
    if (instances.length > 0) {
      const position = types.indexOf('object');
      if (position !== -1) {
        types.splice(position, 1);
        instances.push('Object');
      }
    }
    const parts = [];
    if (types.length > 0) parts.push(listOf(types, 'of type ', 'one of type '));
    if (instances.length > 0) {
      parts.push(instances.length > 2 ?
        listOf(instances, '', 'an instance of ') :
        `an instance of ${instances.join(' or ')}`);
    }
    if (other.length > 0) {
      if (other.length > 1) {
        parts.push(listOf(other, '', 'one of '));
      } else {
        parts.push(`${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`);
      }
    }
    return `${message}${parts.join(' or ')}. Received ${describeType(actual)}`;
  }

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
