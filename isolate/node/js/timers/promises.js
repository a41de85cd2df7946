// node:timers/promises: promise versions of the timers, with AbortSignal
// and `ref` options, the setInterval async iterator and `scheduler`.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    AbortError, codes, validateAbortSignal, validateBoolean, validateNumber,
    validateObject,
  } = require('node:internal/errors');
  const timers = require('node:timers');

  function validateOptions(options) {
    validateObject(options, 'options');
    if (typeof options?.signal !== 'undefined') {
      validateAbortSignal(options.signal, 'options.signal');
    }
    if (typeof options?.ref !== 'undefined') {
      validateBoolean(options.ref, 'options.ref');
    }
  }

  const abortError = (signal) =>
    new AbortError(undefined, { cause: signal?.reason });

  // A promise for `start(resolve)`'s handle, cancelled by `clear(handle)`
  // when the signal aborts.
  function cancellable(start, clear, signal) {
    let onAbort;
    const promise = new Promise((resolve, reject) => {
      let done = false;
      const handle = start((value) => {
        done = true;
        resolve(value);
      });
      if (signal) {
        onAbort = () => {
          if (done) return;
          clear(handle);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort);
      }
    });
    if (onAbort === undefined) return promise;
    return promise.finally(() => signal.removeEventListener('abort', onAbort));
  }

  function setTimeout(after, value, options = {}) {
    try {
      if (typeof after !== 'undefined') validateNumber(after, 'delay');
      validateOptions(options);
    } catch (error) {
      return Promise.reject(error);
    }
    const { signal, ref = true } = options;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return cancellable((resolve) => {
      const timeout = timers.setTimeout(resolve, after, value);
      if (!ref) timeout.unref();
      return timeout;
    }, timers.clearTimeout, signal);
  }

  function setImmediate(value, options = {}) {
    try {
      validateOptions(options);
    } catch (error) {
      return Promise.reject(error);
    }
    const { signal, ref = true } = options;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return cancellable((resolve) => {
      const immediate = timers.setImmediate(resolve, value);
      if (!ref) immediate.unref();
      return immediate;
    }, timers.clearImmediate, signal);
  }

  // Yields `value` once per tick of the interval; ticks that passed while
  // the consumer was busy are yielded back to back.
  async function* setInterval(after, value, options = {}) {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    validateOptions(options);
    const { signal, ref = true } = options;
    if (signal?.aborted) throw abortError(signal);
    let onAbort;
    let interval;
    try {
      let pending = 0;
      let wake;
      interval = timers.setInterval(() => {
        pending++;
        if (wake) {
          wake();
          wake = undefined;
        }
      }, after);
      if (!ref) interval.unref();
      if (signal) {
        onAbort = () => {
          timers.clearInterval(interval);
          if (wake) {
            wake(Promise.reject(abortError(signal)));
            wake = undefined;
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      while (!signal?.aborted) {
        if (pending === 0) {
          await new Promise((resolve) => { wake = resolve; });
        }
        for (; pending > 0; pending--) yield value;
      }
      throw abortError(signal);
    } finally {
      timers.clearInterval(interval);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  const kScheduler = Symbol('kScheduler');

  class Scheduler {
    constructor() {
      throw codes.ERR_ILLEGAL_CONSTRUCTOR();
    }

    yield() {
      if (!this[kScheduler]) throw codes.ERR_INVALID_THIS('Scheduler');
      return setImmediate();
    }

    wait(delay, options) {
      if (!this[kScheduler]) throw codes.ERR_INVALID_THIS('Scheduler');
      return setTimeout(delay, undefined, options);
    }
  }

  module.exports = {
    setTimeout,
    setImmediate,
    setInterval,
    scheduler: Reflect.construct(function () { this[kScheduler] = true; },
                                 [], Scheduler),
  };
});
