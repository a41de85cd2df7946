// node:internal/events_async: the promise and async-iterator side of
// node:events (events.once, events.on, addAbortListener,
// getEventListeners). Each works with EventEmitters and EventTargets alike,
// as in Node.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    codes, AbortError, validateAbortSignal, validateFunction, validateInteger,
  } = require('node:internal/errors');

  const kDispose = Symbol.dispose ?? Symbol('Symbol.dispose');
  const AsyncIteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype);

  function addAgnosticListener(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags?.once) emitter.once(name, listener);
      else emitter.on(name, listener);
    } else if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, listener, flags);
    } else {
      throw codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
  }

  function removeAgnosticListener(emitter, name, listener, flags) {
    if (typeof emitter.removeListener === 'function') {
      emitter.removeListener(name, listener);
    } else if (typeof emitter.removeEventListener === 'function') {
      emitter.removeEventListener(name, listener, flags);
    } else {
      throw codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
  }

  // events.once(emitter, name[, { signal }]) -> Promise of the arguments
  // array (an EventTarget's: [event]). An EventEmitter's 'error' rejects it.
  async function once(emitter, name, options = {}) {
    const signal = options?.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) {
      throw new AbortError(undefined, { cause: signal?.reason });
    }
    return new Promise((resolve, reject) => {
      const errorListener = (error) => {
        emitter.removeListener(name, resolver);
        if (signal != null) {
          removeAgnosticListener(signal, 'abort', abortListener);
        }
        reject(error);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') {
          emitter.removeListener('error', errorListener);
        }
        if (signal != null) {
          removeAgnosticListener(signal, 'abort', abortListener);
        }
        resolve(args);
      };
      function abortListener() {
        removeAgnosticListener(emitter, name, resolver);
        removeAgnosticListener(emitter, 'error', errorListener);
        reject(new AbortError(undefined, { cause: signal?.reason }));
      }
      addAgnosticListener(emitter, name, resolver, { once: true });
      // EventTargets have no 'error' semantics: only emitters are watched.
      if (name !== 'error' && typeof emitter.once === 'function') {
        emitter.once('error', errorListener);
      }
      if (signal != null) {
        addAgnosticListener(signal, 'abort', abortListener, { once: true });
      }
    });
  }

  function addAbortListener(signal, listener) {
    if (signal === undefined) {
      throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    }
    validateAbortSignal(signal, 'signal');
    validateFunction(listener, 'listener');
    let remove;
    if (signal.aborted) {
      queueMicrotask(() => listener());
    } else {
      signal.addEventListener('abort', listener, { once: true });
      remove = () => signal.removeEventListener('abort', listener);
    }
    return { __proto__: null, [kDispose]() { remove?.(); } };
  }

  // A small FIFO with O(1) shift.
  class Queue {
    constructor() { this.items = []; this.head = 0; }
    get length() { return this.items.length - this.head; }
    push(item) { this.items.push(item); }
    shift() {
      const item = this.items[this.head];
      this.items[this.head++] = undefined;
      if (this.head === this.items.length) {
        this.items = [];
        this.head = 0;
      }
      return item;
    }
  }

  // events.on(emitter, name[, { signal, close, highWaterMark,
  // lowWaterMark }]) -> an async iterator of each event's arguments.
  function on(emitter, event, options = {}) {
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) {
      throw new AbortError(undefined, { cause: signal?.reason });
    }
    // highWatermark/lowWatermark: the older spellings, still accepted.
    const highWatermark = options.highWaterMark ?? options.highWatermark ??
      Number.MAX_SAFE_INTEGER;
    validateInteger(highWatermark, 'options.highWaterMark', 1);
    const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
    validateInteger(lowWatermark, 'options.lowWaterMark', 1);

    const unconsumedEvents = new Queue();
    const unconsumedPromises = new Queue();
    const listeners = [];
    let paused = false;
    let error = null;
    let finished = false;
    let abortDisposable = null;

    const result = (value, done) => ({ value, done });

    function listen(target, name, handler) {
      addAgnosticListener(target, name, handler);
      listeners.push([target, name, handler]);
    }

    function closeHandler() {
      abortDisposable?.[kDispose]();
      abortDisposable = null;
      while (listeners.length > 0) removeAgnosticListener(...listeners.pop());
      finished = true;
      const done = result(undefined, true);
      while (unconsumedPromises.length > 0) {
        unconsumedPromises.shift().resolve(done);
      }
      return Promise.resolve(done);
    }

    function errorHandler(err) {
      if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
      else error = err;
      closeHandler();
    }

    function eventHandler(value) {
      if (unconsumedPromises.length > 0) {
        unconsumedPromises.shift().resolve(result(value, false));
        return;
      }
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.length > highWatermark) {
        paused = true;
        emitter.pause();
      }
    }

    const iterator = Object.setPrototypeOf({
      next() {
        if (unconsumedEvents.length > 0) {
          const value = unconsumedEvents.shift();
          if (paused && unconsumedEvents.length < lowWatermark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve(result(value, false));
        }
        if (error) {
          const rejected = Promise.reject(error);
          error = null;
          return rejected;
        }
        if (finished) return closeHandler();
        return new Promise((resolve, reject) => {
          unconsumedPromises.push({ resolve, reject });
        });
      },
      return() {
        return closeHandler();
      },
      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator',
                                           'Error', err);
        }
        errorHandler(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    }, AsyncIteratorPrototype);

    listen(emitter, event, function (...args) { eventHandler(args); });
    if (event !== 'error' && typeof emitter.on === 'function') {
      listen(emitter, 'error', errorHandler);
    }
    const closeEvents = options.close;
    if (closeEvents?.length) {
      for (let i = 0; i < closeEvents.length; i++) {
        listen(emitter, closeEvents[i], closeHandler);
      }
    }
    if (signal) {
      abortDisposable = addAbortListener(signal, () => {
        errorHandler(new AbortError(undefined, { cause: signal?.reason }));
      });
    }
    return iterator;
  }

  // isohost's EventTarget keeps its listeners under a symbol of its own.
  function eventTargetListeners(target, type) {
    for (const symbol of Object.getOwnPropertySymbols(target)) {
      if (symbol.description === 'isohost.listeners') {
        const list = target[symbol].get(type) ?? [];
        return list.map((entry) => entry.listener);
      }
    }
    return [];
  }

  function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget?.listeners === 'function') {
      return emitterOrTarget.listeners(type);
    }
    if (emitterOrTarget instanceof internals.EventTarget ||
        typeof emitterOrTarget?.addEventListener === 'function') {
      return eventTargetListeners(emitterOrTarget, type);
    }
    throw codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'],
                                     emitterOrTarget);
  }

  module.exports = { once, on, addAbortListener, getEventListeners };
});
