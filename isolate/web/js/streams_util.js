// Shared pieces of the WHATWG Streams implementation (internal:web/streams*):
// Node-style errors, promise helpers with the spec's timing, queue-with-sizes,
// strategy extraction, WebIDL conversions, ArrayBuffer transfer, the
// custom inspect layout Node 20 uses for stream objects, and `ops`, the
// table through which the streams files call each other's abstract
// operations (each file adds its own when it loads, so the files can
// require each other in any order).
//
// Timing rules this file encodes (https://streams.spec.whatwg.org, WebIDL):
//   - "a promise resolved with x" (WebIDL) is a new promise resolved with
//     x, so a promise x is adopted (resolvedWith()); a callback's return
//     value becomes a promise the same way (invokePromiseCallback()).
//   - "upon fulfillment/rejection of p" is PerformPromiseThen(p, ...): one
//     reaction job, no look-up of p.then (react() uses the original then).
//   - Marking a promise handled adds a no-op reaction (markHandled()).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { inspect } = internals;
  const native = binding('streams');

  const PromiseCtor = Promise;
  const promiseThen = Promise.prototype.then;
  const promiseResolve = Promise.resolve.bind(Promise);
  const promiseReject = Promise.reject.bind(Promise);
  const { apply } = Reflect;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  // ---- errors (Node's codes and wording) --------------------------------

  function nodeError(Base, code, message) {
    const error = new Base(message);
    // The stack's first line reads "TypeError [CODE]: message" as Node's.
    Object.defineProperty(error, 'name', {
      value: `${Base.name} [${code}]`, configurable: true, writable: true,
    });
    error.stack;  // eslint-disable-line no-unused-expressions
    delete error.name;
    Object.defineProperty(error, 'code', {
      value: code, writable: true, configurable: true, enumerable: true,
    });
    return error;
  }

  const invalidState = (message) =>
    nodeError(TypeError, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
  const invalidThis = (type) =>
    nodeError(TypeError, 'ERR_INVALID_THIS',
              `Value of "this" must be of type ${type}`);
  const illegalConstructor = () =>
    nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');

  // `expected` is Node's wording after "must be", e.g. "of type object" or
  // "an instance of ReadableStream".
  function invalidArgType(name, expected, value) {
    const kind = name.includes('.') ? 'property' : 'argument';
    return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     `The "${name}" ${kind} must be ${expected}.` +
                     internals.describeReceived(value));
  }

  function invalidArgValue(name, value, Base = TypeError,
                           reason = 'is invalid') {
    const kind = name.includes('.') ? 'property' : 'argument';
    let shown = inspect(value);
    if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
    return nodeError(Base, 'ERR_INVALID_ARG_VALUE',
                     `The ${kind} '${name}' ${reason}. Received ${shown}`);
  }

  function outOfRange(name, range, value) {
    return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                     `The value of "${name}" is out of range. ` +
                     `It must be ${range}. Received ${inspect(value)}`);
  }

  const bufferSourceTypes = 'an instance of Buffer, TypedArray, or DataView';

  // ---- promises -----------------------------------------------------------

  // A promise with its resolving functions and a settled flag, for the
  // promises the spec keeps in slots and later asks "is it pending?".
  class Deferred {
    constructor() {
      this.settled = false;
      this.promise = new PromiseCtor((resolve, reject) => {
        this.resolveFn = resolve;
        this.rejectFn = reject;
      });
    }
    resolve(value) {
      if (this.settled) return;
      this.settled = true;
      this.resolveFn(value);
    }
    reject(reason) {
      if (this.settled) return;
      this.settled = true;
      this.rejectFn(reason);
    }
  }

  // A Deferred that is already settled (the spec's "a promise resolved /
  // rejected with" stored in a slot).
  function settledDeferred(promise) {
    const deferred = Object.create(Deferred.prototype);
    deferred.settled = true;
    deferred.promise = promise;
    deferred.resolveFn = deferred.rejectFn = undefined;
    return deferred;
  }

  // WebIDL's "a promise resolved with x": a new promise resolved with x (a
  // thenable x is adopted, which takes two more ticks than Promise.resolve).
  const resolvedWith = (value) =>
    new PromiseCtor((resolve) => resolve(value));
  const rejectedWith = (reason) => promiseReject(reason);
  const resolvedUndefined = () => promiseResolve(undefined);

  // PerformPromiseThen(promise, onFulfilled, onRejected): returns the
  // derived promise (the spec's "reacting to").
  function react(promise, onFulfilled, onRejected) {
    return apply(promiseThen, promise, [onFulfilled, onRejected]);
  }

  function noop() {}

  // [[PromiseIsHandled]] = true.
  function markHandled(promise) {
    apply(promiseThen, promise, [undefined, noop]);
  }

  // "Queue a microtask": one job, like a reaction to a fulfilled promise.
  const fulfilled = promiseResolve(undefined);
  function queueMicrotaskJob(fn) {
    apply(promiseThen, fulfilled, [fn]);
  }

  // Invokes a WebIDL callback whose return type is a promise: an exception
  // becomes a rejected promise, any value "a promise resolved with" it.
  function invokePromiseCallback(fn, thisArg, args) {
    try {
      return resolvedWith(apply(fn, thisArg, args));
    } catch (error) {
      return promiseReject(error);
    }
  }

  // ---- queue-with-sizes ---------------------------------------------------

  // A FIFO with O(1) shift, for [[queue]], read requests and pull-intos.
  class Queue {
    constructor() {
      this.items = [];
      this.head = 0;
    }
    get length() { return this.items.length - this.head; }
    push(item) { this.items.push(item); }
    peek() { return this.items[this.head]; }
    at(index) { return this.items[this.head + index]; }
    shift() {
      const item = this.items[this.head];
      this.items[this.head] = undefined;
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return item;
    }
    // Empties the queue and returns what it held (in order).
    drain() {
      const items = this.head === 0 ? this.items :
        this.items.slice(this.head);
      this.items = [];
      this.head = 0;
      return items;
    }
  }

  function isNonNegativeNumber(value) {
    return typeof value === 'number' && !Number.isNaN(value) && value >= 0;
  }

  // `container` has `queue` (a Queue of {value, size}) and `queueTotalSize`.
  function dequeueValue(container) {
    const pair = container.queue.shift();
    container.queueTotalSize -= pair.size;
    if (container.queueTotalSize < 0) container.queueTotalSize = 0;
    return pair.value;
  }

  function enqueueValueWithSize(container, value, size) {
    if (!isNonNegativeNumber(size) || size === Infinity) {
      throw invalidArgValue('size', size, RangeError);
    }
    container.queue.push({ value, size });
    container.queueTotalSize += size;
  }

  function peekQueueValue(container) {
    return container.queue.peek().value;
  }

  function resetQueue(container) {
    container.queue = new Queue();
    container.queueTotalSize = 0;
  }

  // ---- WebIDL conversions -------------------------------------------------

  // A dictionary argument: undefined and null are an empty dictionary, a
  // non-object is Node's ERR_INVALID_ARG_TYPE.
  function dictionary(value, name) {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw invalidArgType(name, 'of type object', value);
    }
    return value;
  }

  // An `optional object` argument (the underlying source/sink, the
  // transformer): undefined is allowed, null is not.
  function objectArgument(value, name) {
    if (value === undefined) return undefined;
    if (value === null ||
        (typeof value !== 'object' && typeof value !== 'function')) {
      throw invalidArgType(name, 'of type object', value);
    }
    return value;
  }

  // A callback member of a dictionary: undefined or callable.
  function callbackMember(dict, key, name) {
    const value = dict[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'function') {
      throw invalidArgType(name, 'of type function', value);
    }
    return value;
  }

  // [EnforceRange] unsigned long long.
  function enforceRange(value, name) {
    const number = Number(value);
    if (!Number.isFinite(number)) {
      throw invalidArgValue(name, value, TypeError);
    }
    const integer = Math.trunc(number);
    if (integer < 0 || integer > Number.MAX_SAFE_INTEGER) {
      throw invalidArgValue(name, value, TypeError);
    }
    return integer === 0 ? 0 : integer;  // no -0
  }

  // A QueuingStrategy dictionary: {highWaterMark, size}, in WebIDL order.
  function queuingStrategy(strategy, name = 'strategy') {
    const dict = dictionary(strategy, name);
    const hwm = dict.highWaterMark;
    const result = {
      highWaterMark: hwm === undefined ? undefined : Number(hwm),
      // Node names the members "strategy.*" for every strategy argument.
      size: callbackMember(dict, 'size', 'strategy.size'),
      name: 'strategy',
    };
    return result;
  }

  function extractHighWaterMark(strategy, defaultHWM) {
    if (strategy.highWaterMark === undefined) return defaultHWM;
    const hwm = strategy.highWaterMark;
    if (Number.isNaN(hwm) || hwm < 0) {
      throw invalidArgValue(`${strategy.name}.highWaterMark`, hwm,
                            RangeError);
    }
    return hwm;
  }

  const sizeOne = () => 1;
  function extractSizeAlgorithm(strategy) {
    const size = strategy.size;
    if (size === undefined) return sizeOne;
    return (chunk) => Number(apply(size, undefined, [chunk]));
  }

  // ---- ArrayBuffers ---------------------------------------------------------

  function isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
  }

  const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
  const taBuffer = Object.getOwnPropertyDescriptor(typedArrayProto, 'buffer')
    .get;
  const taByteOffset = Object.getOwnPropertyDescriptor(typedArrayProto,
                                                       'byteOffset').get;
  const taByteLength = Object.getOwnPropertyDescriptor(typedArrayProto,
                                                       'byteLength').get;
  const taLength = Object.getOwnPropertyDescriptor(typedArrayProto, 'length')
    .get;
  const taTag = Object.getOwnPropertyDescriptor(typedArrayProto,
                                                Symbol.toStringTag).get;
  const dvBuffer = Object.getOwnPropertyDescriptor(DataView.prototype,
                                                   'buffer').get;
  const dvByteOffset = Object.getOwnPropertyDescriptor(DataView.prototype,
                                                       'byteOffset').get;
  const dvByteLength = Object.getOwnPropertyDescriptor(DataView.prototype,
                                                       'byteLength').get;
  const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype,
                                                       'byteLength').get;
  const abSlice = ArrayBuffer.prototype.slice;
  const typedArrayCtors = {
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
    BigUint64Array,
  };

  // The internal slots of an ArrayBufferView, read without user getters.
  function viewInfo(view) {
    const tag = apply(taTag, view, []);
    if (tag !== undefined) {
      return {
        buffer: apply(taBuffer, view, []),
        byteOffset: apply(taByteOffset, view, []),
        byteLength: apply(taByteLength, view, []),
        length: apply(taLength, view, []),
        ctor: typedArrayCtors[tag],
        elementSize: typedArrayCtors[tag].BYTES_PER_ELEMENT,
        typed: true,
      };
    }
    const buffer = apply(dvBuffer, view, []);
    const detached = native.isDetached(buffer);
    const byteLength = detached ? 0 : apply(dvByteLength, view, []);
    return {
      buffer,
      byteOffset: detached ? 0 : apply(dvByteOffset, view, []),
      byteLength,
      length: byteLength,
      ctor: DataView,
      elementSize: 1,
      typed: false,
    };
  }

  // A view's byte length, 0 when its buffer is detached (no throw).
  function viewByteLength(view) {
    const tag = apply(taTag, view, []);
    if (tag !== undefined) return apply(taByteLength, view, []);
    if (native.isDetached(apply(dvBuffer, view, []))) return 0;
    return apply(dvByteLength, view, []);
  }

  function viewBuffer(view) {
    const tag = apply(taTag, view, []);
    return tag !== undefined ? apply(taBuffer, view, []) :
      apply(dvBuffer, view, []);
  }

  const bufferByteLength = (buffer) => apply(abByteLength, buffer, []);
  const isDetachedBuffer = (buffer) => native.isDetached(buffer);

  // TransferArrayBuffer: a new ArrayBuffer over the same memory, the old
  // one detached. Throws a TypeError for a detached or undetachable one.
  function transferArrayBuffer(buffer) {
    return native.transfer(buffer);
  }

  function canTransferArrayBuffer(buffer) {
    return native.canTransfer(buffer);
  }

  // CloneArrayBuffer(buffer, byteOffset, byteLength, %ArrayBuffer%).
  function cloneArrayBuffer(buffer, byteOffset, byteLength) {
    return apply(abSlice, buffer, [byteOffset, byteOffset + byteLength]);
  }

  // CopyDataBlockBytes between two ArrayBuffers.
  function copyBytes(dest, destOffset, src, srcOffset, count) {
    new Uint8Array(dest, destOffset, count).set(
      new Uint8Array(src, srcOffset, count));
  }

  // ---- inspect --------------------------------------------------------------

  // Node 20's layout: "Name { ...props }", nothing past the depth limit.
  function inspectStream(name, props, depth, options) {
    if (depth < 0) return undefined;
    const opts = {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    };
    return `${name} ${inspect(props, opts)}`;
  }

  function defineToStringTag(Class, name = Class.name) {
    Object.defineProperty(Class.prototype, Symbol.toStringTag, {
      value: name, configurable: true,
    });
  }

  // WebIDL: operations and attributes are enumerable.
  function makeEnumerable(Class, names) {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(Class.prototype,
                                                         name);
      descriptor.enumerable = true;
      Object.defineProperty(Class.prototype, name, descriptor);
    }
  }

  // A readable stream's controller record is a ReadableByteStreamController's
  // (without loading that file: default controllers have no such getter).
  const isByteStreamController = (controller) =>
    controller !== undefined && controller.isByteController === true;

  // Abstract operations shared across the streams files.
  const ops = Object.create(null);

  Object.assign(exports, {
    nodeError, invalidState, invalidThis, illegalConstructor, invalidArgType,
    invalidArgValue, outOfRange, bufferSourceTypes,
    Deferred, settledDeferred, resolvedWith, rejectedWith, resolvedUndefined,
    promiseResolve,
    react, markHandled, queueMicrotaskJob, invokePromiseCallback, noop,
    Queue, isNonNegativeNumber, dequeueValue, enqueueValueWithSize,
    peekQueueValue, resetQueue,
    dictionary, objectArgument, callbackMember, enforceRange,
    queuingStrategy, extractHighWaterMark, extractSizeAlgorithm,
    isArrayBufferView, viewInfo, viewByteLength, viewBuffer,
    bufferByteLength, isDetachedBuffer, transferArrayBuffer,
    canTransferArrayBuffer, cloneArrayBuffer, copyBytes,
    inspectStream, defineToStringTag, makeEnumerable, customInspect, ops,
    isByteStreamController,
  });
});
