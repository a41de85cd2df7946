// node:assert as in Node 20: the legacy (loose) functions, the strict ones,
// throws/rejects with their validation forms, match, ifError, fail, and
// assert.strict. Messages are Node's (see node:internal/assertion_error).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { codes, validateFunction } = require('node:internal/errors');
  const { emitWarning } = require('node:internal/warning');
  const { AssertionError } = require('node:internal/assertion_error');
  const { innerOk } = require('node:internal/assert_ok');
  const { isPromise, isRegExp } = require('node:util/types');
  const { isDeepEqual, isDeepStrictEqual } =
    require('node:internal/comparisons');

  const { inspect } = require('node:util');
  const NO_EXCEPTION = {};

  function isError(value) {
    return Object.prototype.toString.call(value) === '[object Error]' ||
      value instanceof Error;
  }

  function innerFail(details) {
    if (details.message instanceof Error) throw details.message;
    throw new AssertionError(details);
  }

  function ok(...args) {
    innerOk(ok, args.length, ...args);
  }
  const assert = ok;

  let failWarned = false;
  function fail(actual, expected, message, operator, stackStartFn) {
    const argsLen = arguments.length;
    let internalMessage = false;
    if (actual == null && argsLen <= 1) {
      internalMessage = true;
      message = 'Failed';
    } else if (argsLen === 1) {
      message = actual;
      actual = undefined;
    } else {
      if (!failWarned) {
        failWarned = true;
        emitWarning('assert.fail() with more than one argument is ' +
                    'deprecated. Please use assert.strictEqual() instead or ' +
                    'only pass a message.', 'DeprecationWarning', 'DEP0094');
      }
      if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    const error = new AssertionError({
      actual, expected, message,
      operator: operator === undefined ? 'fail' : operator,
      stackStartFn: stackStartFn || fail,
    });
    if (internalMessage) error.generatedMessage = true;
    throw error;
  }

  assert.fail = fail;
  assert.AssertionError = AssertionError;
  assert.ok = ok;

  // Each comparison: its name, the operator its error reports, and when it
  // passes.
  function comparison(name, operator, passes) {
    const fn = {
      [name](actual, expected, message) {
        if (arguments.length < 2) {
          throw codes.ERR_MISSING_ARGS('actual', 'expected');
        }
        if (!passes(actual, expected)) {
          innerFail({ actual, expected, message, operator, stackStartFn: fn });
        }
      },
    }[name];
    return fn;
  }

  /* eslint-disable eqeqeq */
  const looselyEqual = (a, b) => a == b || (Number.isNaN(a) && Number.isNaN(b));
  /* eslint-enable eqeqeq */
  assert.equal = comparison('equal', '==', looselyEqual);
  assert.notEqual = comparison('notEqual', '!=', (a, b) => !looselyEqual(a, b));
  assert.deepEqual = comparison('deepEqual', 'deepEqual', isDeepEqual);
  assert.notDeepEqual = comparison('notDeepEqual', 'notDeepEqual',
                                   (a, b) => !isDeepEqual(a, b));
  assert.deepStrictEqual = comparison('deepStrictEqual', 'deepStrictEqual',
                                      isDeepStrictEqual);
  assert.notDeepStrictEqual = comparison(
    'notDeepStrictEqual', 'notDeepStrictEqual',
    (a, b) => !isDeepStrictEqual(a, b));
  assert.strictEqual = comparison('strictEqual', 'strictEqual', Object.is);
  assert.notStrictEqual = comparison('notStrictEqual', 'notStrictEqual',
                                     (a, b) => !Object.is(a, b));

  // ---- throws / rejects -----------------------------------------------------

  // The thrown error's own values of the compared keys, for the diff; a
  // RegExp that matches counts as the actual string.
  class Comparison {
    constructor(object, keys, actual) {
      for (const key of keys) {
        if (!(key in object)) continue;
        if (actual !== undefined && typeof actual[key] === 'string' &&
            isRegExp(object[key]) && object[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = object[key];
        }
      }
    }
  }

  function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
    if (!message) {
      const error = new AssertionError({
        actual: new Comparison(actual, keys),
        expected: new Comparison(expected, keys, actual),
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      error.actual = actual;
      error.expected = expected;
      error.operator = fn.name;
      throw error;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }

  function expectedException(actual, expected, message, fn) {
    let generatedMessage = false;
    if (typeof expected !== 'function') {
      if (isRegExp(expected)) {
        const text = String(actual);
        if (expected.exec(text) !== null) return;
        if (!message) {
          generatedMessage = true;
          message = 'The input did not match the regular expression ' +
            `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
        }
      } else if (typeof actual !== 'object' || actual === null) {
        const error = new AssertionError({
          actual, expected, message, operator: 'deepStrictEqual',
          stackStartFn: fn,
        });
        error.operator = fn.name;
        throw error;
      } else {
        // A validation object: each of its keys must match.
        const keys = Object.keys(expected);
        if (expected instanceof Error) {
          keys.push('name', 'message');
        } else if (keys.length === 0) {
          throw codes.ERR_INVALID_ARG_VALUE('error', expected,
                                            'may not be an empty object');
        }
        for (const key of keys) {
          if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
              expected[key].exec(actual[key]) !== null) {
            continue;
          }
          compareExceptionKey(actual, expected, key, message, keys, fn);
        }
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      if (!message) {
        generatedMessage = true;
        message = 'The error is expected to be an instance of ' +
          `"${expected.name}". Received `;
        if (isError(actual)) {
          const name = actual.constructor?.name || actual.name;
          if (expected.name === name) {
            message += 'an error with identical name but a different prototype.';
          } else {
            message += `"${name}"`;
          }
          if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
        } else {
          message += `"${inspect(actual, { depth: -1 })}"`;
        }
      }
    } else {
      // A validation function.
      const result = Reflect.apply(expected, {}, [actual]);
      if (result === true) return;
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` +
          ` "true". Received ${inspect(result)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
    }
    const error = new AssertionError({
      actual, expected, message, operator: fn.name, stackStartFn: fn,
    });
    error.generatedMessage = generatedMessage;
    throw error;
  }

  function getActual(fn) {
    validateFunction(fn, 'fn');
    try {
      fn();
    } catch (error) {
      return error;
    }
    return NO_EXCEPTION;
  }

  function checkIsPromise(value) {
    return isPromise(value) ||
      (value !== null && typeof value === 'object' &&
       typeof value.then === 'function' && typeof value.catch === 'function');
  }

  async function waitForActual(promiseFn) {
    let promise;
    if (typeof promiseFn === 'function') {
      promise = promiseFn();
      if (!checkIsPromise(promise)) {
        throw codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn',
                                             promise);
      }
    } else if (checkIsPromise(promiseFn)) {
      promise = promiseFn;
    } else {
      throw codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'],
                                       promiseFn);
    }
    try {
      await promise;
    } catch (error) {
      return error;
    }
    return NO_EXCEPTION;
  }

  function expectsError(stackStartFn, actual, error, message) {
    if (typeof error === 'string') {
      if (arguments.length === 4) {
        throw codes.ERR_INVALID_ARG_TYPE(
          'error', ['Object', 'Error', 'Function', 'RegExp'], error);
      }
      if (typeof actual === 'object' && actual !== null) {
        if (actual.message === error) {
          throw codes.ERR_AMBIGUOUS_ARGUMENT(
            'error/message',
            `The error message "${actual.message}" is identical to the message.`);
        }
      } else if (actual === error) {
        throw codes.ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error "${actual}" is identical to the message.`);
      }
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' &&
               typeof error !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE(
        'error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (actual === NO_EXCEPTION) {
      let details = '';
      if (error && error.name) details += ` (${error.name})`;
      details += message ? `: ${message}` : '.';
      const kind = stackStartFn === assert.rejects ? 'rejection' : 'exception';
      innerFail({
        actual: undefined, expected: error, operator: stackStartFn.name,
        message: `Missing expected ${kind}${details}`, stackStartFn,
      });
    }
    if (!error) return;
    expectedException(actual, error, message, stackStartFn);
  }

  function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
      if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
      throw codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'],
                                       expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) {
      return true;
    }
    if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }

  function expectsNoError(stackStartFn, actual, error, message) {
    if (actual === NO_EXCEPTION) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
      const details = message ? `: ${message}` : '.';
      const kind = stackStartFn === assert.doesNotReject ?
        'rejection' : 'exception';
      innerFail({
        actual, expected: error, operator: stackStartFn.name,
        message: `Got unwanted ${kind}${details}\n` +
          `Actual message: "${actual && actual.message}"`,
        stackStartFn,
      });
    }
    throw actual;
  }

  assert.throws = function throws(promiseFn, ...args) {
    expectsError(throws, getActual(promiseFn), ...args);
  };
  assert.rejects = async function rejects(promiseFn, ...args) {
    expectsError(rejects, await waitForActual(promiseFn), ...args);
  };
  assert.doesNotThrow = function doesNotThrow(fn, ...args) {
    expectsNoError(doesNotThrow, getActual(fn), ...args);
  };
  assert.doesNotReject = async function doesNotReject(fn, ...args) {
    expectsNoError(doesNotReject, await waitForActual(fn), ...args);
  };

  // ---- ifError, match --------------------------------------------------------

  assert.ifError = function ifError(err) {
    if (err === null || err === undefined) return;
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }
    const error = new AssertionError({
      actual: err, expected: null, operator: 'ifError', message,
      stackStartFn: ifError,
    });
    // The new stack ends with the frames of the original error's.
    const original = err.stack;
    if (typeof original === 'string') {
      const at = original.indexOf('\n    at');
      if (at !== -1) {
        const originalFrames = original.slice(at + 1).split('\n');
        let frames = error.stack.split('\n');
        for (const frame of originalFrames) {
          const pos = frames.indexOf(frame);
          if (pos !== -1) {
            frames = frames.slice(0, pos);
            break;
          }
        }
        error.stack = `${frames.join('\n')}\n${originalFrames.join('\n')}`;
      }
    }
    throw error;
  };

  function internalMatch(string, regexp, message, fn) {
    if (!isRegExp(regexp)) {
      throw codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
    }
    const match = fn === assert.match;
    if (typeof string === 'string' && (regexp.exec(string) !== null) === match) {
      return;
    }
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      (match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const error = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name,
      stackStartFn: fn,
    });
    error.generatedMessage = generatedMessage;
    throw error;
  }

  assert.match = function match(string, regexp, message) {
    internalMatch(string, regexp, message, match);
  };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, doesNotMatch);
  };

  // Deprecated in Node 20 (DEP0173); kept for the packages that still use it.
  const { CallTracker } = require('node:internal/assert_call_tracker');
  assert.CallTracker = require('node:util').deprecate(
    CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

  // ---- assert.strict --------------------------------------------------------

  function strict(...args) {
    innerOk(strict, args.length, ...args);
  }
  assert.strict = Object.assign(strict, assert, {
    equal: assert.strictEqual,
    deepEqual: assert.deepStrictEqual,
    notEqual: assert.notStrictEqual,
    notDeepEqual: assert.notDeepStrictEqual,
  });
  assert.strict.strict = assert.strict;

  module.exports = assert;
});
