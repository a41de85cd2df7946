// node:internal/assert_call_tracker: assert.CallTracker (deprecated in
// Node 20, DEP0173): wraps functions to count their calls and reports
// those not called the expected number of times.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { codes, validateInteger } = require('node:internal/errors');
  const { AssertionError } = require('node:internal/assertion_error');

  const noop = () => {};

  class CallTrackerContext {
    #expected;
    #calls = [];
    #name;
    #stackTrace;

    constructor(expected, stackTrace, name) {
      this.#expected = expected;
      this.#stackTrace = stackTrace;
      this.#name = name;
    }

    track(thisArg, args) {
      this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze([...args]) }));
    }

    get delta() { return this.#calls.length - this.#expected; }

    reset() { this.#calls = []; }

    getCalls() { return Object.freeze([...this.#calls]); }

    report() {
      if (this.delta === 0) return undefined;
      return {
        message: `Expected the ${this.#name} function to be executed ` +
          `${this.#expected} time(s) but was executed ` +
          `${this.#calls.length} time(s).`,
        actual: this.#calls.length,
        expected: this.#expected,
        operator: this.#name,
        stack: this.#stackTrace,
      };
    }
  }

  class CallTracker {
    #contexts = new Set();
    #tracked = new WeakMap();

    #contextOf(tracked) {
      if (!this.#tracked.has(tracked)) {
        throw codes.ERR_INVALID_ARG_VALUE('tracked', tracked,
                                          'is not a tracked function');
      }
      return this.#tracked.get(tracked);
    }

    reset(tracked) {
      if (tracked === undefined) {
        for (const context of this.#contexts) context.reset();
        return;
      }
      this.#contextOf(tracked).reset();
    }

    getCalls(tracked) {
      return this.#contextOf(tracked).getCalls();
    }

    calls(fn, expected = 1) {
      if (typeof fn === 'number') {
        expected = fn;
        fn = noop;
      } else if (fn === undefined) {
        fn = noop;
      }
      validateInteger(expected, 'expected', 1, 4294967295);
      const context = new CallTrackerContext(expected, new Error(),
                                             fn.name || 'calls');
      const tracked = new Proxy(fn, {
        apply(target, thisArg, args) {
          context.track(thisArg, args);
          return Reflect.apply(target, thisArg, args);
        },
      });
      this.#contexts.add(context);
      this.#tracked.set(tracked, context);
      return tracked;
    }

    report() {
      const errors = [];
      for (const context of this.#contexts) {
        const report = context.report();
        if (report !== undefined) errors.push(report);
      }
      return errors;
    }

    verify() {
      const errors = this.report();
      if (errors.length === 0) return;
      const message = errors.length === 1 ? errors[0].message :
        'Functions were not called the expected number of times';
      throw new AssertionError({ message, details: errors });
    }
  }

  module.exports = { CallTracker };
});
