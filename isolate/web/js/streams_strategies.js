// ByteLengthQueuingStrategy and CountQueuingStrategy
// (https://streams.spec.whatwg.org/#qs-api). Each class has one size
// function per runtime, as the spec's "size function" of the realm.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    nodeError, invalidThis, invalidArgType, inspectStream, customInspect,
    defineToStringTag, makeEnumerable,
  } = require('internal:web/streams_util');

  // QueuingStrategyInit: {required unrestricted double highWaterMark}.
  function highWaterMarkOf(init) {
    if (init === null || (typeof init !== 'object' &&
                          typeof init !== 'function')) {
      throw invalidArgType('init', 'of type object', init);
    }
    const value = init.highWaterMark;
    if (value === undefined) {
      throw nodeError(TypeError, 'ERR_MISSING_OPTION',
                      'init.highWaterMark is required');
    }
    return Number(value);
  }

  // The byte length queuing strategy size function (length 1).
  const byteLengthSize = {
    size(chunk) { return chunk.byteLength; },
  }.size;

  // The count queuing strategy size function (length 0).
  const countSize = {
    size() { return 1; },
  }.size;

  class ByteLengthQueuingStrategy {
    #highWaterMark;

    constructor(init) {
      this.#highWaterMark = highWaterMarkOf(init);
    }

    static #is(value) {
      return typeof value === 'object' && value !== null &&
        #highWaterMark in value;
    }

    get highWaterMark() {
      if (!ByteLengthQueuingStrategy.#is(this)) {
        throw invalidThis('ByteLengthQueuingStrategy');
      }
      return this.#highWaterMark;
    }

    get size() {
      if (!ByteLengthQueuingStrategy.#is(this)) {
        throw invalidThis('ByteLengthQueuingStrategy');
      }
      return byteLengthSize;
    }

    [customInspect](depth, options) {
      return inspectStream('ByteLengthQueuingStrategy', {
        highWaterMark: this.#highWaterMark,
      }, depth, options);
    }
  }
  makeEnumerable(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
  defineToStringTag(ByteLengthQueuingStrategy);

  class CountQueuingStrategy {
    #highWaterMark;

    constructor(init) {
      this.#highWaterMark = highWaterMarkOf(init);
    }

    static #is(value) {
      return typeof value === 'object' && value !== null &&
        #highWaterMark in value;
    }

    get highWaterMark() {
      if (!CountQueuingStrategy.#is(this)) {
        throw invalidThis('CountQueuingStrategy');
      }
      return this.#highWaterMark;
    }

    get size() {
      if (!CountQueuingStrategy.#is(this)) {
        throw invalidThis('CountQueuingStrategy');
      }
      return countSize;
    }

    [customInspect](depth, options) {
      return inspectStream('CountQueuingStrategy', {
        highWaterMark: this.#highWaterMark,
      }, depth, options);
    }
  }
  makeEnumerable(CountQueuingStrategy, ['highWaterMark', 'size']);
  defineToStringTag(CountQueuingStrategy);

  exports.ByteLengthQueuingStrategy = ByteLengthQueuingStrategy;
  exports.CountQueuingStrategy = CountQueuingStrategy;
});
