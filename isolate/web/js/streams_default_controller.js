// ReadableStreamDefaultController and its abstract operations
// (https://streams.spec.whatwg.org/#rs-default-controller).
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, invalidState, invalidThis, illegalConstructor, resolvedUndefined,
    resolvedWith, react, invokePromiseCallback, dequeueValue,
    enqueueValueWithSize, resetQueue, inspectStream, customInspect,
    defineToStringTag, makeEnumerable,
  } = require('internal:web/streams_util');

  const kCreate = Symbol('kCreate');
  const { apply } = Reflect;

  class DefaultControllerRecord {
    constructor() {
      this.stream = undefined;
      this.queue = undefined;
      this.queueTotalSize = 0;
      this.started = false;
      this.closeRequested = false;
      this.pullAgain = false;
      this.pulling = false;
      this.strategySizeAlgorithm = undefined;
      this.strategyHWM = 0;
      this.pullAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.api = undefined;
    }

    // [[CancelSteps]](reason)
    cancelSteps(reason) {
      resetQueue(this);
      const result = this.cancelAlgorithm(reason);
      readableStreamDefaultControllerClearAlgorithms(this);
      return result;
    }

    // [[PullSteps]](readRequest)
    pullSteps(request) {
      const stream = this.stream;
      if (this.queue.length > 0) {
        const chunk = dequeueValue(this);
        if (this.closeRequested && this.queue.length === 0) {
          readableStreamDefaultControllerClearAlgorithms(this);
          ops.readableStreamClose(stream);
        } else {
          readableStreamDefaultControllerCallPullIfNeeded(this);
        }
        request.chunk(chunk);
      } else {
        ops.readableStreamAddRequest(stream, request);
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
    }

    // [[ReleaseSteps]]()
    releaseSteps() {}
  }

  class ReadableStreamDefaultController {
    #r;

    constructor(token = undefined) {
      if (token !== kCreate) throw illegalConstructor();
    }

    static #of(value) {
      return typeof value === 'object' && value !== null && #r in value ?
        value.#r : undefined;
    }

    static {
      ops.newDefaultControllerObject = (record) => {
        const controller = new ReadableStreamDefaultController(kCreate);
        controller.#r = record;
        record.api = controller;
      };
    }

    get desiredSize() {
      const controller = ReadableStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableStreamDefaultController');
      }
      return readableStreamDefaultControllerGetDesiredSize(controller);
    }

    close() {
      const controller = ReadableStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableStreamDefaultController');
      }
      if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
        throw invalidState('Controller is already closed');
      }
      readableStreamDefaultControllerClose(controller);
    }

    enqueue(chunk = undefined) {
      const controller = ReadableStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableStreamDefaultController');
      }
      if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
        throw invalidState('Controller is already closed');
      }
      readableStreamDefaultControllerEnqueue(controller, chunk);
    }

    error(e = undefined) {
      const controller = ReadableStreamDefaultController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableStreamDefaultController');
      }
      readableStreamDefaultControllerError(controller, e);
    }

    [customInspect](depth, options) {
      return inspectStream('ReadableStreamDefaultController', {}, depth,
                           options);
    }
  }
  makeEnumerable(ReadableStreamDefaultController,
                 ['desiredSize', 'close', 'enqueue', 'error']);
  defineToStringTag(ReadableStreamDefaultController);

  function readableStreamDefaultControllerCallPullIfNeeded(controller) {
    if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
    if (controller.pulling) {
      controller.pullAgain = true;
      return;
    }
    controller.pulling = true;
    const pullPromise = controller.pullAlgorithm();
    react(pullPromise, () => {
      controller.pulling = false;
      if (controller.pullAgain) {
        controller.pullAgain = false;
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    }, (error) => {
      readableStreamDefaultControllerError(controller, error);
    });
  }

  function readableStreamDefaultControllerShouldCallPull(controller) {
    const stream = controller.stream;
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
      return false;
    }
    if (!controller.started) return false;
    if (stream.reader !== undefined &&
        ops.readableStreamGetNumRequests(stream) > 0) {
      return true;
    }
    return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
  }

  function readableStreamDefaultControllerClearAlgorithms(controller) {
    controller.pullAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
    controller.strategySizeAlgorithm = undefined;
  }

  function readableStreamDefaultControllerClose(controller) {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
    controller.closeRequested = true;
    if (controller.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      ops.readableStreamClose(controller.stream);
    }
  }

  function readableStreamDefaultControllerEnqueue(controller, chunk) {
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
    const stream = controller.stream;
    if (stream.reader !== undefined &&
        ops.readableStreamGetNumRequests(stream) > 0) {
      ops.readableStreamFulfillReadRequest(stream, chunk, false);
    } else {
      let chunkSize;
      try {
        chunkSize = controller.strategySizeAlgorithm(chunk);
      } catch (error) {
        readableStreamDefaultControllerError(controller, error);
        throw error;
      }
      try {
        enqueueValueWithSize(controller, chunk, chunkSize);
      } catch (error) {
        readableStreamDefaultControllerError(controller, error);
        throw error;
      }
    }
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }

  function readableStreamDefaultControllerError(controller, error) {
    const stream = controller.stream;
    if (stream.state !== 'readable') return;
    resetQueue(controller);
    readableStreamDefaultControllerClearAlgorithms(controller);
    ops.readableStreamError(stream, error);
  }

  function readableStreamDefaultControllerGetDesiredSize(controller) {
    const state = controller.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return controller.strategyHWM - controller.queueTotalSize;
  }

  function readableStreamDefaultControllerHasBackpressure(controller) {
    return !readableStreamDefaultControllerShouldCallPull(controller);
  }

  function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
    return !controller.closeRequested &&
      controller.stream.state === 'readable';
  }

  function setUpReadableStreamDefaultController(
    stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
    sizeAlgorithm, controller = newDefaultController()) {
    controller.stream = stream;
    resetQueue(controller);
    controller.started = false;
    controller.closeRequested = false;
    controller.pullAgain = false;
    controller.pulling = false;
    controller.strategySizeAlgorithm = sizeAlgorithm;
    controller.strategyHWM = highWaterMark;
    controller.pullAlgorithm = pullAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
    stream.controller = controller;
    const startResult = startAlgorithm();
    react(resolvedWith(startResult), () => {
      controller.started = true;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }, (error) => {
      readableStreamDefaultControllerError(controller, error);
    });
  }

  function newDefaultController() {
    const controller = new DefaultControllerRecord();
    ops.newDefaultControllerObject(controller);
    return controller;
  }

  function setUpReadableStreamDefaultControllerFromUnderlyingSource(
    stream, source, dict, highWaterMark, sizeAlgorithm) {
    const controller = newDefaultController();
    let startAlgorithm = () => undefined;
    let pullAlgorithm = resolvedUndefined;
    let cancelAlgorithm = resolvedUndefined;
    if (dict.start !== undefined) {
      const start = dict.start;
      startAlgorithm = () => apply(start, source, [controller.api]);
    }
    if (dict.pull !== undefined) {
      const pull = dict.pull;
      pullAlgorithm = () =>
        invokePromiseCallback(pull, source, [controller.api]);
    }
    if (dict.cancel !== undefined) {
      const cancel = dict.cancel;
      cancelAlgorithm = (reason) =>
        invokePromiseCallback(cancel, source, [reason]);
    }
    setUpReadableStreamDefaultController(
      stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
      sizeAlgorithm, controller);
  }

  Object.assign(ops, {
    readableStreamDefaultControllerClose,
    readableStreamDefaultControllerEnqueue,
    readableStreamDefaultControllerError,
    readableStreamDefaultControllerGetDesiredSize,
    readableStreamDefaultControllerHasBackpressure,
    readableStreamDefaultControllerCanCloseOrEnqueue,
    setUpReadableStreamDefaultController,
    setUpReadableStreamDefaultControllerFromUnderlyingSource,
  });

  exports.ReadableStreamDefaultController = ReadableStreamDefaultController;
});
