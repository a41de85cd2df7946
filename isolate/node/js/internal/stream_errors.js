// node:internal/stream_errors: the coded errors node:stream throws and
// emits (Node's codes and messages, e.g. ERR_STREAM_PREMATURE_CLOSE), the
// AbortError of aborted operations, and small argument checks.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { describeReceived } = internals;

  // A Node-style error: `name [CODE]: message` at the head of the stack,
  // an enumerable own `code`, and a toString that shows the code.
  const codedClasses = new Map();
  function codedClass(Base) {
    let Class = codedClasses.get(Base);
    if (Class !== undefined) return Class;
    Class = {
      [Base.name]: class extends Base {
        constructor(code, message, options) {
          super(message, options);
          const name = Base.name;
          Object.defineProperty(this, 'name', {
            value: `${name} [${code}]`, configurable: true, writable: true,
          });
          this.stack;  // eslint-disable-line no-unused-expressions
          delete this.name;
          this.code = code;
        }
        toString() { return `${this.name} [${this.code}]: ${this.message}`; }
      },
    }[Base.name];
    codedClasses.set(Base, Class);
    return Class;
  }

  function makeError(Base, code, message) {
    const Class = codedClass(Base);
    const error = new Class(code, message);
    return error;
  }

  const kTypes = ['string', 'function', 'number', 'object', 'Function',
    'Object', 'boolean', 'bigint', 'symbol'];

  // Node's wording of ERR_INVALID_ARG_TYPE: primitive types, then classes
  // ("an instance of"), then free-form descriptions.
  function describeExpected(expected) {
    if (!Array.isArray(expected)) expected = [expected];
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      if (kTypes.includes(value)) types.push(value.toLowerCase());
      else if (/^[A-Z][a-zA-Z0-9$_]*$/.test(value)) instances.push(value);
      else other.push(value);
    }
    if (instances.length > 0) {
      const pos = types.indexOf('object');
      if (pos !== -1) {
        types.splice(pos, 1);
        instances.push('Object');
      }
    }
    const list = (items, one, many) => {
      if (items.length > 2) {
        const last = items[items.length - 1];
        return `${many} ${items.slice(0, -1).join(', ')}, or ${last}`;
      }
      if (items.length === 2) return `${many} ${items[0]} or ${items[1]}`;
      return `${one} ${items[0]}`;
    };
    let text = '';
    if (types.length > 0) {
      text += list(types, 'of type', 'one of type');
      if (instances.length > 0 || other.length > 0) text += ' or ';
    }
    if (instances.length > 0) {
      text += list(instances, 'an instance of', 'an instance of');
      if (other.length > 0) text += ' or ';
    }
    if (other.length > 0) {
      if (other.length > 1) {
        text += list(other, '', 'one of');
      } else {
        if (other[0].toLowerCase() !== other[0]) text += 'an ';
        text += other[0];
      }
    }
    return text;
  }

  function invalidArgType(name, expected, actual) {
    let head;
    if (name.endsWith(' argument')) head = `The ${name}`;
    else head = `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `${head} must be ${describeExpected(expected)}.${describeReceived(actual)}`);
  }

  function invalidArgValue(name, value, reason = 'is invalid') {
    const inspected = internals.inspect(value);
    const shown = inspected.length > 128 ? `${inspected.slice(0, 128)}...` : inspected;
    const kind = name.includes('.') ? 'property' : 'argument';
    return makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The ${kind} '${name}' ${reason}. Received ${shown}`);
  }

  function addNumericalSeparator(value) {
    let res = '';
    let i = value.length;
    const start = value[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = `_${value.slice(i - 3, i)}${res}`;
    return `${value.slice(0, i)}${res}`;
  }

  function outOfRange(name, range, input) {
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
      received = internals.inspect(input);
    }
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. ` +
      `Received ${received}`);
  }

  const simple = {
    ERR_STREAM_PREMATURE_CLOSE: [Error, () => 'Premature close'],
    ERR_STREAM_PUSH_AFTER_EOF: [Error, () => 'stream.push() after EOF'],
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT:
      [Error, () => 'stream.unshift() after end event'],
    ERR_STREAM_WRITE_AFTER_END: [Error, () => 'write after end'],
    ERR_STREAM_NULL_VALUES: [TypeError, () => 'May not write null values to stream'],
    ERR_STREAM_CANNOT_PIPE: [Error, () => 'Cannot pipe, not readable'],
    ERR_MULTIPLE_CALLBACK: [Error, () => 'Callback called multiple times'],
    ERR_STREAM_DESTROYED:
      [Error, (op) => `Cannot call ${op} after a stream was destroyed`],
    ERR_STREAM_ALREADY_FINISHED:
      [Error, (op) => `Cannot call ${op} after a stream was finished`],
    ERR_METHOD_NOT_IMPLEMENTED:
      [Error, (method) => `The ${method} method is not implemented`],
    ERR_UNKNOWN_ENCODING: [TypeError, (enc) => `Unknown encoding: ${enc}`],
    ERR_MISSING_ARGS: [TypeError, (...names) => {
      const quoted = names.map((n) => `"${n}"`);
      let list;
      if (quoted.length === 1) list = quoted[0];
      else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
      else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
      return `The ${list} argument must be specified`;
    }],
    ERR_INVALID_RETURN_VALUE: [TypeError, (input, name, value) =>
      `Expected ${input} to be returned from the "${name}" function but got ` +
      `${describeReceived(value).replace(/^ Received /, '')}.`],
    ERR_INVALID_STATE: [Error, (msg) => `Invalid state: ${msg}`],
  };

  const codes = {
    ERR_INVALID_ARG_TYPE: invalidArgType,
    ERR_INVALID_ARG_VALUE: invalidArgValue,
    ERR_OUT_OF_RANGE: outOfRange,
  };
  for (const [code, [Base, message]] of Object.entries(simple)) {
    codes[code] = (...args) => makeError(Base, code, message(...args));
  }

  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw invalidArgType('options', 'Object', options);
      }
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  // One error out of two (the second is what went wrong while handling
  // the first): both kept in an AggregateError like Node's.
  function aggregateTwoErrors(inner, outer) {
    if (inner && outer && inner !== outer) {
      if (Array.isArray(outer.errors)) {
        outer.errors.push(inner);
        return outer;
      }
      const error = new AggregateError([outer, inner], outer.message);
      error.code = outer.code;
      return error;
    }
    return inner || outer;
  }

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
  }
  function validateObject(value, name) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw invalidArgType(name, 'Object', value);
    }
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
  }
  function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw invalidArgType(name, 'AbortSignal', signal);
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

  // Calls fn at most once.
  function once(fn) {
    let called = false;
    return function (...args) {
      if (called) return;
      called = true;
      return Reflect.apply(fn, this, args);
    };
  }

  // Adds an 'abort' listener that a later dispose() removes (Node's
  // events.addAbortListener).
  function addAbortListener(signal, listener) {
    if (signal.aborted) {
      internals.nextTick(() => listener());
      return { dispose() {} };
    }
    signal.addEventListener('abort', listener, { once: true });
    return { dispose() { signal.removeEventListener('abort', listener); } };
  }

  // An AbortController: the global one, or (where the runtime has none
  // yet) a minimal one on the bootstrap's EventTarget.
  let FallbackController;
  function newAbortController() {
    if (typeof globalThis.AbortController === 'function') return new globalThis.AbortController();
    if (FallbackController === undefined) {
      const { EventTarget, Event } = internals;
      class Signal extends EventTarget {
        constructor() {
          super();
          this.aborted = false;
          this.reason = undefined;
        }
        throwIfAborted() {
          if (this.aborted) throw this.reason;
        }
      }
      FallbackController = class AbortController {
        constructor() { this.signal = new Signal(); }
        abort(reason) {
          const signal = this.signal;
          if (signal.aborted) return;
          signal.aborted = true;
          signal.reason = reason !== undefined ? reason :
            new internals.DOMException('This operation was aborted', 'AbortError');
          signal.dispatchEvent(new Event('abort'));
        }
      };
    }
    return new FallbackController();
  }

  module.exports = {
    newAbortController,
    codes, AbortError, aggregateTwoErrors, validateFunction, validateObject,
    validateBoolean, validateAbortSignal, validateInteger, once,
    addAbortListener,
  };
});
