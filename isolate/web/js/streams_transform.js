// TransformStream and TransformStreamDefaultController
// (https://streams.spec.whatwg.org/#ts-model), including the transformer's
// cancel() and the controller's [[finishPromise]] that Node 20 has.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, Deferred, invalidState, invalidThis, illegalConstructor,
    invalidArgValue, rejectedWith, resolvedUndefined, react, objectArgument,
    callbackMember, queuingStrategy, extractHighWaterMark,
    extractSizeAlgorithm, invokePromiseCallback, inspectStream,
    customInspect, defineToStringTag, makeEnumerable,
  } = require('internal:web/streams_util');
  require('internal:web/streams_readable');
  require('internal:web/streams_writable');

  const kCreate = Symbol('kCreate');
  const { apply } = Reflect;

  const isObject = (value) =>
    (typeof value === 'object' && value !== null) ||
    typeof value === 'function';

  class TransformStreamRecord {
    constructor() {
      this.backpressure = undefined;
      this.backpressureChangePromise = undefined;  // Deferred
      this.controller = undefined;
      this.readable = undefined;  // ReadableStream record
      this.writable = undefined;  // WritableStream record
      this.api = undefined;
    }
  }

  class TransformControllerRecord {
    constructor() {
      this.stream = undefined;
      this.transformAlgorithm = undefined;
      this.flushAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.finishPromise = undefined;  // Deferred
      this.api = undefined;
    }
  }

  // ---- TransformStream ------------------------------------------------------

  class TransformStream {
    #r;

    constructor(transformer = undefined, writableStrategy = undefined,
                readableStrategy = undefined) {
      const object = objectArgument(transformer, 'transformer');
      const writableDict = queuingStrategy(writableStrategy,
                                           'writableStrategy');
      const readableDict = queuingStrategy(readableStrategy,
                                           'readableStrategy');
      const dict = transformerDict(object);
      if (dict.readableType !== undefined) {
        throw invalidArgValue('transformer.readableType', dict.readableType,
                              RangeError);
      }
      if (dict.writableType !== undefined) {
        throw invalidArgValue('transformer.writableType', dict.writableType,
                              RangeError);
      }
      const readableHighWaterMark = extractHighWaterMark(readableDict, 0);
      const readableSizeAlgorithm = extractSizeAlgorithm(readableDict);
      const writableHighWaterMark = extractHighWaterMark(writableDict, 1);
      const writableSizeAlgorithm = extractSizeAlgorithm(writableDict);
      const stream = new TransformStreamRecord();
      this.#r = stream;
      stream.api = this;
      const startPromise = new Deferred();
      initializeTransformStream(stream, startPromise, writableHighWaterMark,
                                writableSizeAlgorithm, readableHighWaterMark,
                                readableSizeAlgorithm);
      setUpTransformStreamDefaultControllerFromTransformer(stream, object,
                                                           dict);
      if (dict.start !== undefined) {
        startPromise.resolve(apply(dict.start, object,
                                   [stream.controller.api]));
      } else {
        startPromise.resolve(undefined);
      }
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    get readable() {
      const stream = TransformStream.#of(this);
      if (stream === undefined) throw invalidThis('TransformStream');
      return stream.readable.api;
    }

    get writable() {
      const stream = TransformStream.#of(this);
      if (stream === undefined) throw invalidThis('TransformStream');
      return stream.writable.api;
    }

    [customInspect](depth, options) {
      const stream = TransformStream.#of(this);
      return inspectStream('TransformStream', {
        readable: stream.readable?.api,
        writable: stream.writable?.api,
        backpressure: stream.backpressure,
      }, depth, options);
    }
  }
  makeEnumerable(TransformStream, ['readable', 'writable']);
  defineToStringTag(TransformStream);

  // The Transformer dictionary, its members read in WebIDL order.
  function transformerDict(transformer) {
    if (transformer === undefined) return {};
    return {
      cancel: callbackMember(transformer, 'cancel', 'transformer.cancel'),
      flush: callbackMember(transformer, 'flush', 'transformer.flush'),
      readableType: transformer.readableType,
      start: callbackMember(transformer, 'start', 'transformer.start'),
      transform: callbackMember(transformer, 'transform',
                                'transformer.transform'),
      writableType: transformer.writableType,
    };
  }

  // ---- TransformStreamDefaultController -------------------------------------

  class TransformStreamDefaultController {
    #r;

    constructor(token = undefined) {
      if (token !== kCreate) throw illegalConstructor();
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    static {
      ops.newTransformControllerObject = (record) => {
        const controller = new TransformStreamDefaultController(kCreate);
        controller.#r = record;
        record.api = controller;
      };
    }

    get desiredSize() {
      const controller = TransformStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('TransformStreamDefaultController');
      }
      return ops.readableStreamDefaultControllerGetDesiredSize(
        controller.stream.readable.controller);
    }

    enqueue(chunk = undefined) {
      const controller = TransformStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('TransformStreamDefaultController');
      }
      transformStreamDefaultControllerEnqueue(controller, chunk);
    }

    error(reason = undefined) {
      const controller = TransformStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('TransformStreamDefaultController');
      }
      transformStreamError(controller.stream, reason);
    }

    terminate() {
      const controller = TransformStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('TransformStreamDefaultController');
      }
      transformStreamDefaultControllerTerminate(controller);
    }

    [customInspect](depth, options) {
      const controller = TransformStreamDefaultController.#of(this);
      return inspectStream('TransformStreamDefaultController', {
        stream: controller.stream.api,
      }, depth, options);
    }
  }
  makeEnumerable(TransformStreamDefaultController,
                 ['desiredSize', 'enqueue', 'error', 'terminate']);
  defineToStringTag(TransformStreamDefaultController);

  // ---- abstract operations --------------------------------------------------

  function initializeTransformStream(stream, startPromise,
                                     writableHighWaterMark,
                                     writableSizeAlgorithm,
                                     readableHighWaterMark,
                                     readableSizeAlgorithm) {
    const startAlgorithm = () => startPromise.promise;
    stream.writable = ops.createWritableStream(
      startAlgorithm,
      (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
      () => transformStreamDefaultSinkCloseAlgorithm(stream),
      (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
      writableHighWaterMark, writableSizeAlgorithm);
    stream.readable = ops.createReadableStream(
      startAlgorithm,
      () => transformStreamDefaultSourcePullAlgorithm(stream),
      (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
      readableHighWaterMark, readableSizeAlgorithm);
    stream.backpressure = undefined;
    stream.backpressureChangePromise = undefined;
    transformStreamSetBackpressure(stream, true);
    stream.controller = undefined;
  }

  function transformStreamError(stream, error) {
    ops.readableStreamDefaultControllerError(stream.readable.controller,
                                             error);
    transformStreamErrorWritableAndUnblockWrite(stream, error);
  }

  function transformStreamErrorWritableAndUnblockWrite(stream, error) {
    transformStreamDefaultControllerClearAlgorithms(stream.controller);
    ops.writableStreamDefaultControllerErrorIfNeeded(
      stream.writable.controller, error);
    transformStreamUnblockWrite(stream);
  }

  function transformStreamSetBackpressure(stream, backpressure) {
    if (stream.backpressureChangePromise !== undefined) {
      stream.backpressureChangePromise.resolve(undefined);
    }
    stream.backpressureChangePromise = new Deferred();
    stream.backpressure = backpressure;
  }

  function transformStreamUnblockWrite(stream) {
    if (stream.backpressure) transformStreamSetBackpressure(stream, false);
  }

  function setUpTransformStreamDefaultController(stream, controller,
                                                 transformAlgorithm,
                                                 flushAlgorithm,
                                                 cancelAlgorithm) {
    controller.stream = stream;
    stream.controller = controller;
    controller.transformAlgorithm = transformAlgorithm;
    controller.flushAlgorithm = flushAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
  }

  function setUpTransformStreamDefaultControllerFromTransformer(
    stream, transformer, dict) {
    const controller = new TransformControllerRecord();
    ops.newTransformControllerObject(controller);
    let transformAlgorithm = (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
      } catch (error) {
        return rejectedWith(error);
      }
      return resolvedUndefined();
    };
    let flushAlgorithm = resolvedUndefined;
    let cancelAlgorithm = resolvedUndefined;
    if (dict.transform !== undefined) {
      const transform = dict.transform;
      transformAlgorithm = (chunk) =>
        invokePromiseCallback(transform, transformer,
                              [chunk, controller.api]);
    }
    if (dict.flush !== undefined) {
      const flush = dict.flush;
      flushAlgorithm = () =>
        invokePromiseCallback(flush, transformer, [controller.api]);
    }
    if (dict.cancel !== undefined) {
      const cancel = dict.cancel;
      cancelAlgorithm = (reason) =>
        invokePromiseCallback(cancel, transformer, [reason]);
    }
    setUpTransformStreamDefaultController(stream, controller,
                                          transformAlgorithm, flushAlgorithm,
                                          cancelAlgorithm);
  }

  function transformStreamDefaultControllerClearAlgorithms(controller) {
    controller.transformAlgorithm = undefined;
    controller.flushAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
  }

  function transformStreamDefaultControllerEnqueue(controller, chunk) {
    const stream = controller.stream;
    const readableController = stream.readable.controller;
    if (!ops.readableStreamDefaultControllerCanCloseOrEnqueue(
      readableController)) {
      throw invalidState('Unable to enqueue');
    }
    try {
      ops.readableStreamDefaultControllerEnqueue(readableController, chunk);
    } catch (error) {
      transformStreamErrorWritableAndUnblockWrite(stream, error);
      throw stream.readable.storedError;
    }
    const backpressure =
      ops.readableStreamDefaultControllerHasBackpressure(readableController);
    if (backpressure !== stream.backpressure) {
      transformStreamSetBackpressure(stream, true);
    }
  }

  // The algorithms are cleared once the stream is terminated, errored or
  // canceled; the spec can still reach them (a write queued behind a
  // readable.cancel(), a cancel() after terminate()). Then a transform
  // fails and a flush or cancel does nothing, instead of throwing.
  function runAlgorithm(algorithm, arg) {
    return algorithm === undefined ? resolvedUndefined() : algorithm(arg);
  }

  function transformStreamDefaultControllerPerformTransform(controller,
                                                            chunk) {
    const transformPromise = controller.transformAlgorithm === undefined ?
      rejectedWith(invalidState('The TransformStream has been canceled')) :
      controller.transformAlgorithm(chunk);
    return react(transformPromise, undefined, (reason) => {
      transformStreamError(controller.stream, reason);
      throw reason;
    });
  }

  function transformStreamDefaultControllerTerminate(controller) {
    const stream = controller.stream;
    ops.readableStreamDefaultControllerClose(stream.readable.controller);
    const error = invalidState('TransformStream has been terminated');
    transformStreamErrorWritableAndUnblockWrite(stream, error);
  }

  function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
    const controller = stream.controller;
    if (stream.backpressure) {
      return react(stream.backpressureChangePromise.promise, () => {
        const writable = stream.writable;
        if (writable.state === 'erroring') throw writable.storedError;
        return transformStreamDefaultControllerPerformTransform(controller,
                                                                chunk);
      });
    }
    return transformStreamDefaultControllerPerformTransform(controller, chunk);
  }

  function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) {
      return controller.finishPromise.promise;
    }
    const readable = stream.readable;
    controller.finishPromise = new Deferred();
    const cancelPromise = runAlgorithm(controller.cancelAlgorithm, reason);
    transformStreamDefaultControllerClearAlgorithms(controller);
    react(cancelPromise, () => {
      if (readable.state === 'errored') {
        controller.finishPromise.reject(readable.storedError);
      } else {
        ops.readableStreamDefaultControllerError(readable.controller, reason);
        controller.finishPromise.resolve(undefined);
      }
    }, (error) => {
      ops.readableStreamDefaultControllerError(readable.controller, error);
      controller.finishPromise.reject(error);
    });
    return controller.finishPromise.promise;
  }

  function transformStreamDefaultSinkCloseAlgorithm(stream) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) {
      return controller.finishPromise.promise;
    }
    const readable = stream.readable;
    controller.finishPromise = new Deferred();
    const flushPromise = runAlgorithm(controller.flushAlgorithm);
    transformStreamDefaultControllerClearAlgorithms(controller);
    react(flushPromise, () => {
      if (readable.state === 'errored') {
        controller.finishPromise.reject(readable.storedError);
      } else {
        ops.readableStreamDefaultControllerClose(readable.controller);
        controller.finishPromise.resolve(undefined);
      }
    }, (error) => {
      ops.readableStreamDefaultControllerError(readable.controller, error);
      controller.finishPromise.reject(error);
    });
    return controller.finishPromise.promise;
  }

  function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
    const controller = stream.controller;
    if (controller.finishPromise !== undefined) {
      return controller.finishPromise.promise;
    }
    const writable = stream.writable;
    controller.finishPromise = new Deferred();
    const cancelPromise = runAlgorithm(controller.cancelAlgorithm, reason);
    transformStreamDefaultControllerClearAlgorithms(controller);
    react(cancelPromise, () => {
      if (writable.state === 'errored') {
        controller.finishPromise.reject(writable.storedError);
      } else {
        ops.writableStreamDefaultControllerErrorIfNeeded(writable.controller,
                                                         reason);
        transformStreamUnblockWrite(stream);
        controller.finishPromise.resolve(undefined);
      }
    }, (error) => {
      ops.writableStreamDefaultControllerErrorIfNeeded(writable.controller,
                                                       error);
      transformStreamUnblockWrite(stream);
      controller.finishPromise.reject(error);
    });
    return controller.finishPromise.promise;
  }

  function transformStreamDefaultSourcePullAlgorithm(stream) {
    transformStreamSetBackpressure(stream, false);
    return stream.backpressureChangePromise.promise;
  }

  // For TextEncoderStream/TextDecoderStream: a TransformStream record from
  // algorithms (the spec's "set up" of a TransformStream).
  function createTransformStream(transformAlgorithm, flushAlgorithm) {
    const stream = new TransformStreamRecord();
    const startPromise = new Deferred();
    initializeTransformStream(stream, startPromise, 1, () => 1, 0, () => 1);
    const controller = new TransformControllerRecord();
    ops.newTransformControllerObject(controller);
    const wrap = (algorithm) => (...args) => {
      try {
        algorithm(controller, ...args);
      } catch (error) {
        return rejectedWith(error);
      }
      return resolvedUndefined();
    };
    setUpTransformStreamDefaultController(
      stream, controller, wrap(transformAlgorithm), wrap(flushAlgorithm),
      resolvedUndefined);
    startPromise.resolve(undefined);
    return stream;
  }

  Object.assign(ops, {
    createTransformStream,
    transformStreamDefaultControllerEnqueue,
  });

  exports.TransformStream = TransformStream;
  exports.TransformStreamDefaultController = TransformStreamDefaultController;
});
