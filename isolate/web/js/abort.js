// AbortController and AbortSignal (DOM Standard), with Node 20's
// behaviour where the two differ:
//  - A signal that aborts fires its own 'abort' event first, then aborts
//    its dependents (AbortSignal.any()) one by one, depth first, each
//    firing its own event. The DOM Standard sets every dependent's reason
//    before any event fires; Node 20 does not.
//  - AbortSignal.timeout()'s timer never keeps the runtime alive (unref'd),
//    even with 'abort' listeners.
// Dependents are held strongly by their sources until they abort, so a
// composite signal with listeners is never lost to GC.
(function (exports, require, binding, internals, module) {
  'use strict';
  const {
    DOMException, Event, EventTarget, defineEventHandler, invalidArgType,
    describeReceived, natives,
  } = internals;

  const kCreate = Symbol('isohost.abortSignalCreate');

  const { codedError, invalidThis } = require('internal:web/errors');

  // Node's layout. Past the depth limit Node shows an EventTarget (which has
  // enumerable internal fields there) as [Name] and an AbortController
  // (only private fields) as an empty object.
  function customInspect(self, props, depth, options, inspect) {
    if (depth < 0) {
      return self instanceof EventTarget ? `[${self.constructor.name}]` : self;
    }
    const opts = {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    };
    return `${self.constructor.name} ${inspect(props, opts)}`;
  }

  const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
  let signalAbort;  // AbortSignal's private abort algorithm, set below

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    // Signals that follow this one (AbortSignal.any()), in creation order.
    #dependents = null;
    // For a composite signal: its sources (never composite themselves).
    #sources = null;
    #composite = false;

    constructor(token = undefined) {
      if (token !== kCreate) {
        throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR',
                         'Illegal constructor');
      }
      super();
    }

    get aborted() {
      if (!(#aborted in this)) throw invalidThis('AbortSignal');
      return this.#aborted;
    }

    get reason() {
      if (!(#aborted in this)) throw invalidThis('AbortSignal');
      return this.#reason;
    }

    throwIfAborted() {
      if (!(#aborted in this)) throw invalidThis('AbortSignal');
      if (this.#aborted) throw this.#reason;
    }

    [inspectSymbol](depth, options, inspect) {
      return customInspect(this, { aborted: this.#aborted }, depth, options,
                           inspect);
    }

    static abort(reason = new DOMException('This operation was aborted',
                                           'AbortError')) {
      const signal = new AbortSignal(kCreate);
      signal.#aborted = true;
      signal.#reason = reason;
      return signal;
    }

    static timeout(delay) {
      checkDelay(delay);
      const signal = new AbortSignal(kCreate);
      const id = natives.setTimer(() => {
        signalAbort(signal, new DOMException(
          'The operation was aborted due to timeout', 'TimeoutError'));
      }, delay, false);
      natives.refTimer(id, false);
      return signal;
    }

    static any(signals) {
      if (!Array.isArray(signals)) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                         'The "signals" argument must be an instance of ' +
                         `Array.${describeReceived(signals)}`);
      }
      for (let i = 0; i < signals.length; i++) {
        if (!(signals[i] instanceof AbortSignal)) {
          throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                           `The "signals[${i}]" argument must be an instance ` +
                           `of AbortSignal.${describeReceived(signals[i])}`);
        }
      }
      const result = new AbortSignal(kCreate);
      result.#composite = true;
      result.#sources = [];
      for (const signal of signals) {
        if (signal.#aborted) {
          result.#aborted = true;
          result.#reason = signal.#reason;
          result.#detach();
          return result;
        }
        const sources = signal.#composite ? signal.#sources : [signal];
        for (const source of sources) {
          if (result.#sources.includes(source)) continue;
          result.#sources.push(source);
          (source.#dependents ??= []).push(result);
        }
      }
      return result;
    }

    // Aborts this signal (no-op if aborted already): the 'abort' event, then
    // the dependents, as Node 20 orders them.
    static #abort(signal, reason) {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      signal.#detach();
      const event = new Event('abort');
      Object.defineProperty(event, 'isTrusted', {
        get() { return true; }, enumerable: true,
      });
      signal.dispatchEvent(event);
      const dependents = signal.#dependents;
      signal.#dependents = null;
      if (dependents !== null) {
        for (const dependent of dependents) AbortSignal.#abort(dependent, reason);
      }
    }

    // A composite signal that aborted no longer needs its sources.
    #detach() {
      if (this.#sources === null) return;
      for (const source of this.#sources) {
        const list = source.#dependents;
        if (list === null) continue;
        const index = list.indexOf(this);
        if (index >= 0) list.splice(index, 1);
      }
      this.#sources = null;
    }

    static {
      signalAbort = (signal, reason) => AbortSignal.#abort(signal, reason);
    }
  }
  defineEventHandler(AbortSignal.prototype, 'abort');
  Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
    value: 'AbortSignal', configurable: true,
  });

  function checkDelay(delay) {
    if (typeof delay !== 'number') throw invalidArgType('delay', 'number', delay);
    if (!Number.isInteger(delay)) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
                       'The value of "delay" is out of range. It must be an ' +
                       `integer. Received ${delay}`);
    }
    if (delay < 0 || delay > 4294967295) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
                       'The value of "delay" is out of range. It must be >= 0 ' +
                       `&& <= 4294967295. Received ${delay}`);
    }
  }

  class AbortController {
    #signal = new AbortSignal(kCreate);

    get signal() { return this.#signal; }

    abort(reason = new DOMException('This operation was aborted',
                                    'AbortError')) {
      signalAbort(this.#signal, reason);
    }

    [inspectSymbol](depth, options, inspect) {
      return customInspect(this, { signal: this.#signal }, depth, options,
                           inspect);
    }
  }
  Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
    value: 'AbortController', configurable: true,
  });

  // For other built-ins (fetch-like APIs, timers/promises): abort a signal
  // they made, or check one.
  exports.AbortController = AbortController;
  exports.AbortSignal = AbortSignal;
  exports.abortSignal = (signal, reason) => signalAbort(signal, reason);
});
