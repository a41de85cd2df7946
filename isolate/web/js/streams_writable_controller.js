// WritableStreamDefaultController and its abstract operations
// (https://streams.spec.whatwg.org/#ws-default-controller). The
// controller's AbortSignal is made on first use of `signal` (an earlier
// abort is replayed into it), so a stream nobody asks for its signal costs
// no AbortController.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, invalidThis, illegalConstructor, resolvedWith, resolvedUndefined,
    react, invokePromiseCallback, dequeueValue, enqueueValueWithSize,
    peekQueueValue, resetQueue, inspectStream, customInspect,
    defineToStringTag, makeEnumerable,
  } = require('internal:web/streams_util');

  const kCreate = Symbol('kCreate');
  const kCloseSentinel = Symbol('close sentinel');
  const { apply } = Reflect;

  const isObject = (value) =>
    (typeof value === 'object' && value !== null) ||
    typeof value === 'function';

  class WritableControllerRecord {
    constructor() {
      this.stream = undefined;
      this.queue = undefined;
      this.queueTotalSize = 0;
      this.started = false;
      this.strategyHWM = 1;
      this.strategySizeAlgorithm = undefined;
      this.writeAlgorithm = undefined;
      this.closeAlgorithm = undefined;
      this.abortAlgorithm = undefined;
      this.abortController = undefined;  // made on first use of `signal`
      this.aborted = false;
      this.abortReason = undefined;
      this.api = undefined;
    }

    // [[AbortSteps]](reason)
    abortSteps(reason) {
      const result = this.abortAlgorithm(reason);
      writableStreamDefaultControllerClearAlgorithms(this);
      return result;
    }

    // [[ErrorSteps]]()
    errorSteps() {
      resetQueue(this);
    }

    signal() {
      if (this.abortController === undefined) {
        const AbortController = abortControllerClass();
        if (AbortController === undefined) return undefined;
        this.abortController = new AbortController();
        if (this.aborted) this.abortController.abort(this.abortReason);
      }
      return this.abortController.signal;
    }

    // "Signal abort on controller.[[abortController]] with reason".
    signalAbort(reason) {
      if (this.aborted) return;
      this.aborted = true;
      this.abortReason = reason;
      if (this.abortController !== undefined) {
        this.abortController.abort(reason);
      }
    }
  }

  let AbortControllerClass;
  function abortControllerClass() {
    if (AbortControllerClass === undefined) {
      try {
        AbortControllerClass =
          internals.requireBuiltin('internal:web/abort').AbortController;
      } catch {
        AbortControllerClass = internals.global.AbortController ?? null;
      }
    }
    return AbortControllerClass ?? undefined;
  }

  // ---- WritableStreamDefaultController --------------------------------------

  class WritableStreamDefaultController {
    #r;

    constructor(token = undefined) {
      if (token !== kCreate) throw illegalConstructor();
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    static {
      ops.newWritableControllerObject = (record) => {
        const controller = new WritableStreamDefaultController(kCreate);
        controller.#r = record;
        record.api = controller;
      };
    }

    get signal() {
      const controller = WritableStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('WritableStreamDefaultController');
      }
      return controller.signal();
    }

    error(e = undefined) {
      const controller = WritableStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('WritableStreamDefaultController');
      }
      if (controller.stream.state !== 'writable') return;
      writableStreamDefaultControllerError(controller, e);
    }

    [customInspect](depth, options) {
      const controller = WritableStreamDefaultController.#of(this);
      return inspectStream('WritableStreamDefaultController', {
        stream: controller.stream.api,
      }, depth, options);
    }
  }
  makeEnumerable(WritableStreamDefaultController, ['signal', 'error']);
  defineToStringTag(WritableStreamDefaultController);

  // ---- controllers: abstract operations -------------------------------------

  function newController() {
    const controller = new WritableControllerRecord();
    ops.newWritableControllerObject(controller);
    return controller;
  }

  function setUpWritableStreamDefaultController(
    stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
    abortAlgorithm, highWaterMark, sizeAlgorithm) {
    controller.stream = stream;
    stream.controller = controller;
    resetQueue(controller);
    controller.started = false;
    controller.strategySizeAlgorithm = sizeAlgorithm;
    controller.strategyHWM = highWaterMark;
    controller.writeAlgorithm = writeAlgorithm;
    controller.closeAlgorithm = closeAlgorithm;
    controller.abortAlgorithm = abortAlgorithm;
    ops.writableStreamUpdateBackpressure(
      stream, writableStreamDefaultControllerGetBackpressure(controller));
    const startResult = startAlgorithm();
    react(resolvedWith(startResult), () => {
      controller.started = true;
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    }, (reason) => {
      controller.started = true;
      ops.writableStreamDealWithRejection(stream, reason);
    });
  }

  function setUpWritableStreamDefaultControllerFromUnderlyingSink(
    stream, sink, dict, highWaterMark, sizeAlgorithm) {
    const controller = newController();
    let startAlgorithm = () => undefined;
    let writeAlgorithm = resolvedUndefined;
    let closeAlgorithm = resolvedUndefined;
    let abortAlgorithm = resolvedUndefined;
    if (dict.start !== undefined) {
      const start = dict.start;
      startAlgorithm = () => apply(start, sink, [controller.api]);
    }
    if (dict.write !== undefined) {
      const write = dict.write;
      writeAlgorithm = (chunk) =>
        invokePromiseCallback(write, sink, [chunk, controller.api]);
    }
    if (dict.close !== undefined) {
      const close = dict.close;
      closeAlgorithm = () => invokePromiseCallback(close, sink, []);
    }
    if (dict.abort !== undefined) {
      const abort = dict.abort;
      abortAlgorithm = (reason) =>
        invokePromiseCallback(abort, sink, [reason]);
    }
    setUpWritableStreamDefaultController(
      stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
      abortAlgorithm, highWaterMark, sizeAlgorithm);
  }

  function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
    const stream = controller.stream;
    if (!controller.started) return;
    if (stream.inFlightWriteRequest !== undefined) return;
    if (stream.state === 'erroring') {
      ops.writableStreamFinishErroring(stream);
      return;
    }
    if (controller.queue.length === 0) return;
    const value = peekQueueValue(controller);
    if (value === kCloseSentinel) {
      writableStreamDefaultControllerProcessClose(controller);
    } else {
      writableStreamDefaultControllerProcessWrite(controller, value);
    }
  }

  function writableStreamDefaultControllerClearAlgorithms(controller) {
    controller.writeAlgorithm = undefined;
    controller.closeAlgorithm = undefined;
    controller.abortAlgorithm = undefined;
    controller.strategySizeAlgorithm = undefined;
  }

  function writableStreamDefaultControllerClose(controller) {
    enqueueValueWithSize(controller, kCloseSentinel, 0);
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }

  function writableStreamDefaultControllerError(controller, error) {
    writableStreamDefaultControllerClearAlgorithms(controller);
    ops.writableStreamStartErroring(controller.stream, error);
  }

  function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
    if (controller.stream.state === 'writable') {
      writableStreamDefaultControllerError(controller, error);
    }
  }

  function writableStreamDefaultControllerGetBackpressure(controller) {
    return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
  }

  function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
    if (controller.strategySizeAlgorithm === undefined) return 1;
    try {
      return controller.strategySizeAlgorithm(chunk);
    } catch (error) {
      writableStreamDefaultControllerErrorIfNeeded(controller, error);
      return 1;
    }
  }

  function writableStreamDefaultControllerGetDesiredSize(controller) {
    return controller.strategyHWM - controller.queueTotalSize;
  }

  function writableStreamDefaultControllerProcessClose(controller) {
    const stream = controller.stream;
    ops.writableStreamMarkCloseRequestInFlight(stream);
    dequeueValue(controller);
    const sinkClosePromise = controller.closeAlgorithm();
    writableStreamDefaultControllerClearAlgorithms(controller);
    react(sinkClosePromise, () => {
      ops.writableStreamFinishInFlightClose(stream);
    }, (reason) => {
      ops.writableStreamFinishInFlightCloseWithError(stream, reason);
    });
  }

  function writableStreamDefaultControllerProcessWrite(controller, chunk) {
    const stream = controller.stream;
    ops.writableStreamMarkFirstWriteRequestInFlight(stream);
    const sinkWritePromise = controller.writeAlgorithm(chunk);
    react(sinkWritePromise, () => {
      ops.writableStreamFinishInFlightWrite(stream);
      const state = stream.state;
      dequeueValue(controller);
      if (!ops.writableStreamCloseQueuedOrInFlight(stream) &&
          state === 'writable') {
        ops.writableStreamUpdateBackpressure(
          stream, writableStreamDefaultControllerGetBackpressure(controller));
      }
      writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    }, (reason) => {
      if (stream.state === 'writable') {
        writableStreamDefaultControllerClearAlgorithms(controller);
      }
      ops.writableStreamFinishInFlightWriteWithError(stream, reason);
    });
  }

  function writableStreamDefaultControllerWrite(controller, chunk,
                                                chunkSize) {
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      writableStreamDefaultControllerErrorIfNeeded(controller, error);
      return;
    }
    const stream = controller.stream;
    if (!ops.writableStreamCloseQueuedOrInFlight(stream) &&
        stream.state === 'writable') {
      ops.writableStreamUpdateBackpressure(
        stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }

  Object.assign(ops, {
    newWritableController: newController,
    setUpWritableStreamDefaultController,
    setUpWritableStreamDefaultControllerFromUnderlyingSink,
    writableStreamDefaultControllerClose,
    writableStreamDefaultControllerErrorIfNeeded,
    writableStreamDefaultControllerGetChunkSize,
    writableStreamDefaultControllerGetDesiredSize,
    writableStreamDefaultControllerWrite,
  });

  exports.WritableStreamDefaultController = WritableStreamDefaultController;
});
