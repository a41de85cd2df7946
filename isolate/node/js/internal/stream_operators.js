// node:internal/stream_operators: the iterator helpers on
// Readable.prototype (map, filter, forEach, toArray, some, every, find,
// reduce, flatMap, drop, take, asIndexedPairs, compose), with
// { concurrency, signal } options as in Node 20.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { Readable } = require('node:internal/stream_readable');
  const {
    codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
    AbortError, validateAbortSignal, validateInteger, validateObject, newAbortController,
  } = require('node:internal/stream_errors');
  const { isNodeStream, isWebStream } = require('node:internal/stream_utils');
  const { finished } = require('node:internal/stream_end_of_stream');

  const kEmpty = Symbol('kEmpty');
  const kEof = Symbol('kEof');

  function validateOptions(options) {
    if (options != null) validateObject(options, 'options');
    if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  }

  function checkAborted(signal) {
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  }

  function map(fn, options) {
    if (typeof fn !== 'function') {
      throw ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
    }
    validateOptions(options);
    let concurrency = 1;
    if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
    let highWaterMark = concurrency - 1;
    if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
    validateInteger(concurrency, 'options.concurrency', 1);
    validateInteger(highWaterMark, 'options.highWaterMark', 0);
    highWaterMark += concurrency;

    const stream = this;
    return async function* mapped() {
      const signal = options && options.signal;
      const queue = [];
      const signalOpt = { signal };
      let next;
      let resume;
      let done = false;
      let cnt = 0;

      function onCatch() {
        done = true;
        afterItemProcessed();
      }
      function afterItemProcessed() {
        cnt -= 1;
        maybeResume();
      }
      function maybeResume() {
        if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
          resume();
          resume = null;
        }
      }

      async function pump() {
        try {
          for await (let val of stream) {
            if (done) return;
            checkAborted(signal);
            try {
              val = fn(val, signalOpt);
              if (val === kEmpty) continue;
              val = Promise.resolve(val);
            } catch (err) {
              val = Promise.reject(err);
            }
            cnt += 1;
            val.then(afterItemProcessed, onCatch);
            queue.push(val);
            if (next) {
              next();
              next = null;
            }
            if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
              await new Promise((resolve) => { resume = resolve; });
            }
          }
          queue.push(kEof);
        } catch (err) {
          const val = Promise.reject(err);
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
        } finally {
          done = true;
          if (next) {
            next();
            next = null;
          }
        }
      }

      pump();
      try {
        while (true) {
          while (queue.length > 0) {
            const val = await queue[0];
            if (val === kEof) return;
            checkAborted(signal);
            if (val !== kEmpty) yield val;
            queue.shift();
            maybeResume();
          }
          await new Promise((resolve) => { next = resolve; });
        }
      } finally {
        done = true;
        if (resume) {
          resume();
          resume = null;
        }
      }
    }.call(this);
  }

  function asIndexedPairs(options) {
    validateOptions(options);
    const stream = this;
    return async function* asIndexedPairs() {
      let index = 0;
      for await (const val of stream) {
        checkAborted(options && options.signal);
        yield [index++, val];
      }
    }.call(this);
  }

  async function some(fn, options) {
    for await (const unused of Reflect.apply(filter, this, [fn, options])) {  // eslint-disable-line no-unused-vars
      return true;
    }
    return false;
  }

  async function every(fn, options) {
    if (typeof fn !== 'function') {
      throw ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
    }
    return !(await Reflect.apply(some, this, [async (...args) => !(await fn(...args)), options]));
  }

  async function find(fn, options) {
    for await (const result of Reflect.apply(filter, this, [fn, options])) return result;
    return undefined;
  }

  async function forEach(fn, options) {
    if (typeof fn !== 'function') {
      throw ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
    }
    async function forEachFn(value, opts) {
      await fn(value, opts);
      return kEmpty;
    }
    for await (const unused of Reflect.apply(map, this, [forEachFn, options]));  // eslint-disable-line no-unused-vars
  }

  function filter(fn, options) {
    if (typeof fn !== 'function') {
      throw ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
    }
    async function filterFn(value, opts) {
      if (await fn(value, opts)) return value;
      return kEmpty;
    }
    return Reflect.apply(map, this, [filterFn, options]);
  }

  // reduce() of an empty stream without an initial value.
  function reduceOfEmptyError() {
    const error = ERR_MISSING_ARGS('reduce');
    error.message = 'Reduce of an empty stream requires an initial value';
    return error;
  }

  async function reduce(reducer, initialValue, options) {
    if (typeof reducer !== 'function') {
      throw ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
    }
    validateOptions(options);
    let hasInitialValue = arguments.length > 1;
    if (options && options.signal && options.signal.aborted) {
      const err = new AbortError(undefined, { cause: options.signal.reason });
      this.once('error', () => {});
      await finished(this.destroy(err));
      throw err;
    }
    const ac = newAbortController();
    const signal = ac.signal;
    let listener;
    if (options && options.signal) {
      listener = () => ac.abort();
      options.signal.addEventListener('abort', listener, { once: true });
    }
    let gotAnyItemFromStream = false;
    try {
      for await (const value of this) {
        gotAnyItemFromStream = true;
        checkAborted(options && options.signal);
        if (!hasInitialValue) {
          initialValue = value;
          hasInitialValue = true;
        } else {
          initialValue = await reducer(initialValue, value, { signal });
        }
      }
      if (!gotAnyItemFromStream && !hasInitialValue) throw reduceOfEmptyError();
    } finally {
      ac.abort();
      if (listener) options.signal.removeEventListener('abort', listener);
    }
    return initialValue;
  }

  async function toArray(options) {
    validateOptions(options);
    const result = [];
    for await (const val of this) {
      checkAborted(options && options.signal);
      result.push(val);
    }
    return result;
  }

  function flatMap(fn, options) {
    const values = Reflect.apply(map, this, [fn, options]);
    return async function* flatMap() {
      for await (const val of values) yield* val;
    }.call(this);
  }

  function toIntegerOrInfinity(number) {
    number = Number(number);
    if (Number.isNaN(number)) return 0;
    if (number < 0) throw ERR_OUT_OF_RANGE('number', '>= 0', number);
    return number;
  }

  function drop(number, options) {
    validateOptions(options);
    number = toIntegerOrInfinity(number);
    return async function* drop() {
      checkAborted(options && options.signal);
      for await (const val of this) {
        checkAborted(options && options.signal);
        if (number-- <= 0) yield val;
      }
    }.call(this);
  }

  function take(number, options) {
    validateOptions(options);
    number = toIntegerOrInfinity(number);
    return async function* take() {
      checkAborted(options && options.signal);
      for await (const val of this) {
        checkAborted(options && options.signal);
        if (number-- > 0) yield val;
        if (number <= 0) return;
      }
    }.call(this);
  }

  function composeMethod(stream, options) {
    validateOptions(options);
    const { compose } = require('node:internal/stream_duplexify');
    if (isWebStream(stream)) {
      // Web streams are taken as they are.
    } else if (!isNodeStream(stream)) {
      throw ERR_INVALID_ARG_VALUE('stream', stream, 'must be a stream');
    }
    const composedStream = compose(this, stream);
    if (options && options.signal) {
      require('node:internal/stream_end_of_stream').addAbortSignalNoValidate(
        options.signal, composedStream);
    }
    return composedStream;
  }

  const streamReturning = { asIndexedPairs, drop, filter, flatMap, map, take, compose: composeMethod };
  const promiseReturning = { every, forEach, reduce, toArray, some, find };

  for (const [key, op] of Object.entries(streamReturning)) {
    function fn(...args) {
      if (new.target) throw ERR_ILLEGAL_CONSTRUCTOR();
      if (op === composeMethod) return Reflect.apply(op, this, args);
      return Readable.from(Reflect.apply(op, this, args));
    }
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  }
  for (const [key, op] of Object.entries(promiseReturning)) {
    function fn(...args) {
      if (new.target) throw ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(op, this, args);
    }
    Object.defineProperty(fn, 'name', { value: op.name });
    Object.defineProperty(fn, 'length', { value: op.length });
    Object.defineProperty(Readable.prototype, key, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  }

  function ERR_ILLEGAL_CONSTRUCTOR() {
    const error = new TypeError('Illegal constructor');
    error.code = 'ERR_ILLEGAL_CONSTRUCTOR';
    return error;
  }

  module.exports = { streamReturning, promiseReturning };
});
