// ReadableByteStreamController and ReadableStreamBYOBRequest, with the byte
// stream abstract operations
// (https://streams.spec.whatwg.org/#rbs-controller-class):
// pull-into descriptors, BYOB reads with `min`, autoAllocateChunkSize, and
// the transfer of every buffer that changes hands.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, Queue, invalidState, invalidThis, illegalConstructor, invalidArgType,
    invalidArgValue, bufferSourceTypes, resolvedUndefined, resolvedWith,
    react, invokePromiseCallback, resetQueue, enforceRange,
    isArrayBufferView, viewInfo, bufferByteLength, isDetachedBuffer,
    transferArrayBuffer, cloneArrayBuffer, copyBytes, inspectStream,
    customInspect, defineToStringTag, makeEnumerable,
  } = require('internal:web/streams_util');

  const kCreate = Symbol('kCreate');
  const { apply } = Reflect;

  class ByteControllerRecord {
    constructor() {
      this.stream = undefined;
      this.queue = undefined;  // Queue of {buffer, byteOffset, byteLength}
      this.queueTotalSize = 0;
      this.started = false;
      this.closeRequested = false;
      this.pullAgain = false;
      this.pulling = false;
      this.byobRequest = null;  // a BYOBRequestRecord
      this.pendingPullIntos = new Queue();
      this.strategyHWM = 0;
      this.pullAlgorithm = undefined;
      this.cancelAlgorithm = undefined;
      this.autoAllocateChunkSize = undefined;
      this.api = undefined;
    }

    get isByteController() { return true; }

    // [[CancelSteps]](reason)
    cancelSteps(reason) {
      readableByteStreamControllerClearPendingPullIntos(this);
      resetQueue(this);
      const result = this.cancelAlgorithm(reason);
      readableByteStreamControllerClearAlgorithms(this);
      return result;
    }

    // [[PullSteps]](readRequest)
    pullSteps(request) {
      const stream = this.stream;
      if (this.queueTotalSize > 0) {
        readableByteStreamControllerFillReadRequestFromQueue(this, request);
        return;
      }
      const size = this.autoAllocateChunkSize;
      if (size !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer(size);
        } catch (error) {
          request.error(error);
          return;
        }
        this.pendingPullIntos.push({
          buffer, bufferByteLength: size, byteOffset: 0, byteLength: size,
          bytesFilled: 0, minimumFill: 1, elementSize: 1,
          viewConstructor: Uint8Array, readerType: 'default',
        });
      }
      ops.readableStreamAddRequest(stream, request);
      readableByteStreamControllerCallPullIfNeeded(this);
    }

    // [[ReleaseSteps]]()
    releaseSteps() {
      if (this.pendingPullIntos.length > 0) {
        const first = this.pendingPullIntos.peek();
        first.readerType = 'none';
        this.pendingPullIntos = new Queue();
        this.pendingPullIntos.push(first);
      }
    }
  }

  class BYOBRequestRecord {
    constructor(controller, view) {
      this.controller = controller;
      this.view = view;
      this.api = undefined;
    }
  }


  // ---- ReadableByteStreamController -----------------------------------------

  class ReadableByteStreamController {
    #r;

    constructor(token = undefined) {
      if (token !== kCreate) throw illegalConstructor();
    }

    static #of(value) {
      return typeof value === 'object' && value !== null && #r in value ?
        value.#r : undefined;
    }

    static {
      ops.newByteControllerObject = (record) => {
        const controller = new ReadableByteStreamController(kCreate);
        controller.#r = record;
        record.api = controller;
      };
    }

    get byobRequest() {
      const controller = ReadableByteStreamController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableByteStreamController');
      }
      const request = readableByteStreamControllerGetBYOBRequest(controller);
      return request === null ? null : request.api;
    }

    get desiredSize() {
      const controller = ReadableByteStreamController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableByteStreamController');
      }
      return readableByteStreamControllerGetDesiredSize(controller);
    }

    close() {
      const controller = ReadableByteStreamController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableByteStreamController');
      }
      if (controller.closeRequested) {
        throw invalidState('Controller is already closed');
      }
      if (controller.stream.state !== 'readable') {
        throw invalidState('ReadableStream is already closed');
      }
      readableByteStreamControllerClose(controller);
    }

    enqueue(chunk) {
      const controller = ReadableByteStreamController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableByteStreamController');
      }
      if (!isArrayBufferView(chunk)) {
        throw invalidArgType('buffer', bufferSourceTypes, chunk);
      }
      const info = viewInfo(chunk);
      if (info.byteLength === 0 || bufferByteLength(info.buffer) === 0) {
        throw invalidState('chunk ArrayBuffer is zero-length or detached');
      }
      if (controller.closeRequested) {
        throw invalidState('Controller is already closed');
      }
      if (controller.stream.state !== 'readable') {
        throw invalidState('ReadableStream is already closed');
      }
      readableByteStreamControllerEnqueue(controller, info);
    }

    error(e = undefined) {
      const controller = ReadableByteStreamController.#of(this);
      if (controller === undefined) {
        throw invalidThis('ReadableByteStreamController');
      }
      readableByteStreamControllerError(controller, e);
    }

    [customInspect](depth, options) {
      return inspectStream('ReadableByteStreamController', {}, depth,
                           options);
    }
  }
  makeEnumerable(ReadableByteStreamController,
                 ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
  defineToStringTag(ReadableByteStreamController);

  // ---- ReadableStreamBYOBRequest --------------------------------------------

  class ReadableStreamBYOBRequest {
    #r;

    constructor(token = undefined) {
      if (token !== kCreate) throw illegalConstructor();
    }

    static #of(value) {
      return typeof value === 'object' && value !== null && #r in value ?
        value.#r : undefined;
    }

    static {
      ops.newBYOBRequestObject = (record) => {
        const request = new ReadableStreamBYOBRequest(kCreate);
        request.#r = record;
        record.api = request;
      };
    }

    get view() {
      const request = ReadableStreamBYOBRequest.#of(this);
      if (request === undefined) {
        throw invalidThis('ReadableStreamBYOBRequest');
      }
      return request.view;
    }

    respond(bytesWritten) {
      const request = ReadableStreamBYOBRequest.#of(this);
      if (request === undefined) {
        throw invalidThis('ReadableStreamBYOBRequest');
      }
      const count = enforceRange(bytesWritten, 'bytesWritten');
      if (request.controller === undefined) {
        throw invalidState('This BYOB request has been invalidated');
      }
      if (isDetachedBuffer(viewInfo(request.view).buffer)) {
        throw invalidState('Viewed ArrayBuffer is detached');
      }
      readableByteStreamControllerRespond(request.controller, count);
    }

    respondWithNewView(view) {
      const request = ReadableStreamBYOBRequest.#of(this);
      if (request === undefined) {
        throw invalidThis('ReadableStreamBYOBRequest');
      }
      if (!isArrayBufferView(view)) {
        throw invalidArgType('view', bufferSourceTypes, view);
      }
      if (request.controller === undefined) {
        throw invalidState('This BYOB request has been invalidated');
      }
      const info = viewInfo(view);
      if (isDetachedBuffer(info.buffer)) {
        throw invalidState('Viewed ArrayBuffer is detached');
      }
      readableByteStreamControllerRespondWithNewView(request.controller, view,
                                                     info);
    }

    [customInspect](depth, options) {
      const request = ReadableStreamBYOBRequest.#of(this);
      return inspectStream('ReadableStreamBYOBRequest', {
        view: request.view,
        controller: request.controller?.api,
      }, depth, options);
    }
  }
  makeEnumerable(ReadableStreamBYOBRequest,
                 ['view', 'respond', 'respondWithNewView']);
  defineToStringTag(ReadableStreamBYOBRequest);

  // ---- abstract operations --------------------------------------------------

  function readableByteStreamControllerCallPullIfNeeded(controller) {
    if (!readableByteStreamControllerShouldCallPull(controller)) return;
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
        readableByteStreamControllerCallPullIfNeeded(controller);
      }
    }, (error) => {
      readableByteStreamControllerError(controller, error);
    });
  }

  function readableByteStreamControllerClearAlgorithms(controller) {
    controller.pullAlgorithm = undefined;
    controller.cancelAlgorithm = undefined;
  }

  function readableByteStreamControllerClearPendingPullIntos(controller) {
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    controller.pendingPullIntos = new Queue();
  }

  function readableByteStreamControllerClose(controller) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== 'readable') return;
    if (controller.queueTotalSize > 0) {
      controller.closeRequested = true;
      return;
    }
    if (controller.pendingPullIntos.length > 0) {
      const first = controller.pendingPullIntos.peek();
      if (first.bytesFilled % first.elementSize !== 0) {
        const error = invalidState('Partial read');
        readableByteStreamControllerError(controller, error);
        throw error;
      }
    }
    readableByteStreamControllerClearAlgorithms(controller);
    ops.readableStreamClose(stream);
  }

  function readableByteStreamControllerCommitPullIntoDescriptor(stream,
                                                                descriptor) {
    const done = stream.state === 'closed';
    const filledView =
      readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
    if (descriptor.readerType === 'default') {
      ops.readableStreamFulfillReadRequest(stream, filledView, done);
    } else {
      ops.readableStreamFulfillReadIntoRequest(stream, filledView, done);
    }
  }

  function readableByteStreamControllerConvertPullIntoDescriptor(descriptor) {
    const buffer = transferArrayBuffer(descriptor.buffer);
    const Ctor = descriptor.viewConstructor;
    return new Ctor(buffer, descriptor.byteOffset,
                    descriptor.bytesFilled / descriptor.elementSize);
  }

  function readableByteStreamControllerEnqueue(controller, info) {
    const stream = controller.stream;
    if (controller.closeRequested || stream.state !== 'readable') return;
    const { buffer, byteOffset, byteLength } = info;
    if (isDetachedBuffer(buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    const transferredBuffer = transferArrayBuffer(buffer);
    if (controller.pendingPullIntos.length > 0) {
      const first = controller.pendingPullIntos.peek();
      if (isDetachedBuffer(first.buffer)) {
        throw invalidState('The BYOB request\'s buffer has been detached');
      }
      readableByteStreamControllerInvalidateBYOBRequest(controller);
      first.buffer = transferArrayBuffer(first.buffer);
      if (first.readerType === 'none') {
        readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller,
                                                                   first);
      }
    }
    if (ops.readableStreamHasDefaultReader(stream)) {
      readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
      if (ops.readableStreamGetNumRequests(stream) === 0) {
        readableByteStreamControllerEnqueueChunkToQueue(
          controller, transferredBuffer, byteOffset, byteLength);
      } else {
        if (controller.pendingPullIntos.length > 0) {
          readableByteStreamControllerShiftPendingPullInto(controller);
        }
        const transferredView = new Uint8Array(transferredBuffer, byteOffset,
                                               byteLength);
        ops.readableStreamFulfillReadRequest(stream, transferredView, false);
      }
    } else if (ops.readableStreamHasBYOBReader(stream)) {
      readableByteStreamControllerEnqueueChunkToQueue(
        controller, transferredBuffer, byteOffset, byteLength);
      readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(
        controller);
    } else {
      readableByteStreamControllerEnqueueChunkToQueue(
        controller, transferredBuffer, byteOffset, byteLength);
    }
    readableByteStreamControllerCallPullIfNeeded(controller);
  }

  function readableByteStreamControllerEnqueueChunkToQueue(
    controller, buffer, byteOffset, byteLength) {
    controller.queue.push({ buffer, byteOffset, byteLength });
    controller.queueTotalSize += byteLength;
  }

  function readableByteStreamControllerEnqueueClonedChunkToQueue(
    controller, buffer, byteOffset, byteLength) {
    let clone;
    try {
      clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
    } catch (error) {
      readableByteStreamControllerError(controller, error);
      throw error;
    }
    readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0,
                                                    byteLength);
  }

  function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(
    controller, descriptor) {
    if (descriptor.bytesFilled > 0) {
      readableByteStreamControllerEnqueueClonedChunkToQueue(
        controller, descriptor.buffer, descriptor.byteOffset,
        descriptor.bytesFilled);
    }
    readableByteStreamControllerShiftPendingPullInto(controller);
  }

  function readableByteStreamControllerFillPullIntoDescriptorFromQueue(
    controller, descriptor) {
    const maxBytesToCopy = Math.min(
      controller.queueTotalSize,
      descriptor.byteLength - descriptor.bytesFilled);
    const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
    let totalBytesToCopyRemaining = maxBytesToCopy;
    let ready = false;
    const remainderBytes = maxBytesFilled % descriptor.elementSize;
    const maxAlignedBytes = maxBytesFilled - remainderBytes;
    if (maxAlignedBytes >= descriptor.minimumFill) {
      totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
      ready = true;
    }
    const queue = controller.queue;
    while (totalBytesToCopyRemaining > 0) {
      const head = queue.peek();
      const bytesToCopy = Math.min(totalBytesToCopyRemaining,
                                   head.byteLength);
      const destStart = descriptor.byteOffset + descriptor.bytesFilled;
      copyBytes(descriptor.buffer, destStart, head.buffer, head.byteOffset,
                bytesToCopy);
      if (head.byteLength === bytesToCopy) {
        queue.shift();
      } else {
        head.byteOffset += bytesToCopy;
        head.byteLength -= bytesToCopy;
      }
      controller.queueTotalSize -= bytesToCopy;
      readableByteStreamControllerFillHeadPullIntoDescriptor(
        controller, bytesToCopy, descriptor);
      totalBytesToCopyRemaining -= bytesToCopy;
    }
    return ready;
  }

  function readableByteStreamControllerFillHeadPullIntoDescriptor(
    controller, size, descriptor) {
    descriptor.bytesFilled += size;
  }

  function readableByteStreamControllerFillReadRequestFromQueue(controller,
                                                                request) {
    const entry = controller.queue.shift();
    controller.queueTotalSize -= entry.byteLength;
    readableByteStreamControllerHandleQueueDrain(controller);
    const view = new Uint8Array(entry.buffer, entry.byteOffset,
                                entry.byteLength);
    request.chunk(view);
  }

  function readableByteStreamControllerGetBYOBRequest(controller) {
    if (controller.byobRequest === null &&
        controller.pendingPullIntos.length > 0) {
      const first = controller.pendingPullIntos.peek();
      const view = new Uint8Array(first.buffer,
                                  first.byteOffset + first.bytesFilled,
                                  first.byteLength - first.bytesFilled);
      const request = new BYOBRequestRecord(controller, view);
      ops.newBYOBRequestObject(request);
      controller.byobRequest = request;
    }
    return controller.byobRequest;
  }

  function readableByteStreamControllerGetDesiredSize(controller) {
    const state = controller.stream.state;
    if (state === 'errored') return null;
    if (state === 'closed') return 0;
    return controller.strategyHWM - controller.queueTotalSize;
  }

  function readableByteStreamControllerHandleQueueDrain(controller) {
    if (controller.queueTotalSize === 0 && controller.closeRequested) {
      readableByteStreamControllerClearAlgorithms(controller);
      ops.readableStreamClose(controller.stream);
    } else {
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }

  function readableByteStreamControllerInvalidateBYOBRequest(controller) {
    const request = controller.byobRequest;
    if (request === null) return;
    request.controller = undefined;
    request.view = null;
    controller.byobRequest = null;
  }

  function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(
    controller) {
    while (controller.pendingPullIntos.length > 0) {
      if (controller.queueTotalSize === 0) return;
      const descriptor = controller.pendingPullIntos.peek();
      if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(
        controller, descriptor)) {
        readableByteStreamControllerShiftPendingPullInto(controller);
        readableByteStreamControllerCommitPullIntoDescriptor(
          controller.stream, descriptor);
      }
    }
  }

  function readableByteStreamControllerProcessReadRequestsUsingQueue(
    controller) {
    const reader = controller.stream.reader;
    while (reader.requests.length > 0) {
      if (controller.queueTotalSize === 0) return;
      const request = reader.requests.shift();
      readableByteStreamControllerFillReadRequestFromQueue(controller,
                                                           request);
    }
  }

  function readableByteStreamControllerPullInto(controller, view, info, min,
                                                request) {
    const stream = controller.stream;
    const elementSize = info.elementSize;
    const minimumFill = min * elementSize;
    let buffer;
    try {
      buffer = transferArrayBuffer(info.buffer);
    } catch (error) {
      request.error(error);
      return;
    }
    const descriptor = {
      buffer, bufferByteLength: bufferByteLength(buffer),
      byteOffset: info.byteOffset, byteLength: info.byteLength,
      bytesFilled: 0, minimumFill, elementSize, viewConstructor: info.ctor,
      readerType: 'byob',
    };
    if (controller.pendingPullIntos.length > 0) {
      controller.pendingPullIntos.push(descriptor);
      ops.readableStreamAddRequest(stream, request);
      return;
    }
    if (stream.state === 'closed') {
      const Ctor = descriptor.viewConstructor;
      request.close(new Ctor(descriptor.buffer, descriptor.byteOffset, 0));
      return;
    }
    if (controller.queueTotalSize > 0) {
      if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(
        controller, descriptor)) {
        const filledView =
          readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
        readableByteStreamControllerHandleQueueDrain(controller);
        request.chunk(filledView);
        return;
      }
      if (controller.closeRequested) {
        const error = invalidState('ReadableStream closed');
        readableByteStreamControllerError(controller, error);
        request.error(error);
        return;
      }
    }
    controller.pendingPullIntos.push(descriptor);
    ops.readableStreamAddRequest(stream, request);
    readableByteStreamControllerCallPullIfNeeded(controller);
  }

  function readableByteStreamControllerRespond(controller, bytesWritten) {
    const first = controller.pendingPullIntos.peek();
    const state = controller.stream.state;
    if (state === 'closed') {
      if (bytesWritten !== 0) {
        throw invalidArgValue('bytesWritten', bytesWritten, TypeError);
      }
    } else {
      if (bytesWritten === 0) {
        throw invalidArgValue('bytesWritten', bytesWritten, TypeError);
      }
      if (first.bytesFilled + bytesWritten > first.byteLength) {
        throw invalidArgValue('bytesWritten', bytesWritten, RangeError);
      }
    }
    first.buffer = transferArrayBuffer(first.buffer);
    readableByteStreamControllerRespondInternal(controller, bytesWritten);
  }

  function readableByteStreamControllerRespondInClosedState(controller,
                                                            first) {
    if (first.readerType === 'none') {
      readableByteStreamControllerShiftPendingPullInto(controller);
    }
    const stream = controller.stream;
    if (ops.readableStreamHasBYOBReader(stream)) {
      while (ops.readableStreamGetNumRequests(stream) > 0) {
        const descriptor =
          readableByteStreamControllerShiftPendingPullInto(controller);
        readableByteStreamControllerCommitPullIntoDescriptor(stream,
                                                             descriptor);
      }
    }
  }

  function readableByteStreamControllerRespondInReadableState(
    controller, bytesWritten, descriptor) {
    readableByteStreamControllerFillHeadPullIntoDescriptor(
      controller, bytesWritten, descriptor);
    if (descriptor.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller,
                                                                 descriptor);
      readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(
        controller);
      return;
    }
    if (descriptor.bytesFilled < descriptor.minimumFill) return;
    readableByteStreamControllerShiftPendingPullInto(controller);
    const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
    if (remainderSize > 0) {
      const end = descriptor.byteOffset + descriptor.bytesFilled;
      readableByteStreamControllerEnqueueClonedChunkToQueue(
        controller, descriptor.buffer, end - remainderSize, remainderSize);
    }
    descriptor.bytesFilled -= remainderSize;
    readableByteStreamControllerCommitPullIntoDescriptor(controller.stream,
                                                         descriptor);
    readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(
      controller);
  }

  function readableByteStreamControllerRespondInternal(controller,
                                                       bytesWritten) {
    const first = controller.pendingPullIntos.peek();
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    if (controller.stream.state === 'closed') {
      readableByteStreamControllerRespondInClosedState(controller, first);
    } else {
      readableByteStreamControllerRespondInReadableState(controller,
                                                         bytesWritten, first);
    }
    readableByteStreamControllerCallPullIfNeeded(controller);
  }

  function readableByteStreamControllerRespondWithNewView(controller, view,
                                                          info) {
    const first = controller.pendingPullIntos.peek();
    const state = controller.stream.state;
    if (state === 'closed') {
      if (info.byteLength !== 0) {
        throw invalidState('The view\'s length must be 0 when the stream ' +
                           'is closed');
      }
    } else if (info.byteLength === 0) {
      throw invalidState('View is zero-length');
    }
    if (first.byteOffset + first.bytesFilled !== info.byteOffset) {
      throw invalidArgValue('view', view, RangeError);
    }
    if (first.bufferByteLength !== bufferByteLength(info.buffer)) {
      throw invalidArgValue('view', view, RangeError);
    }
    if (first.bytesFilled + info.byteLength > first.byteLength) {
      throw invalidArgValue('view', view, RangeError);
    }
    const viewByteLength = info.byteLength;
    first.buffer = transferArrayBuffer(info.buffer);
    readableByteStreamControllerRespondInternal(controller, viewByteLength);
  }

  function readableByteStreamControllerShiftPendingPullInto(controller) {
    return controller.pendingPullIntos.shift();
  }

  function readableByteStreamControllerShouldCallPull(controller) {
    const stream = controller.stream;
    if (stream.state !== 'readable') return false;
    if (controller.closeRequested) return false;
    if (!controller.started) return false;
    if (stream.reader !== undefined &&
        ops.readableStreamGetNumRequests(stream) > 0) {
      return true;
    }
    return readableByteStreamControllerGetDesiredSize(controller) > 0;
  }

  function readableByteStreamControllerError(controller, error) {
    const stream = controller.stream;
    if (stream.state !== 'readable') return;
    readableByteStreamControllerClearPendingPullIntos(controller);
    resetQueue(controller);
    readableByteStreamControllerClearAlgorithms(controller);
    ops.readableStreamError(stream, error);
  }

  function setUpReadableByteStreamController(
    stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
    autoAllocateChunkSize, controller = newByteController()) {
    controller.stream = stream;
    controller.pullAgain = false;
    controller.pulling = false;
    controller.byobRequest = null;
    resetQueue(controller);
    controller.closeRequested = false;
    controller.started = false;
    controller.strategyHWM = highWaterMark;
    controller.pullAlgorithm = pullAlgorithm;
    controller.cancelAlgorithm = cancelAlgorithm;
    controller.autoAllocateChunkSize = autoAllocateChunkSize;
    controller.pendingPullIntos = new Queue();
    stream.controller = controller;
    const startResult = startAlgorithm();
    react(resolvedWith(startResult), () => {
      controller.started = true;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }, (error) => {
      readableByteStreamControllerError(controller, error);
    });
  }

  function newByteController() {
    const controller = new ByteControllerRecord();
    ops.newByteControllerObject(controller);
    return controller;
  }

  function setUpReadableByteStreamControllerFromUnderlyingSource(
    stream, source, dict, highWaterMark) {
    const controller = newByteController();
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
    const autoAllocateChunkSize = dict.autoAllocateChunkSize;
    if (autoAllocateChunkSize === 0) {
      throw invalidArgValue('source.autoAllocateChunkSize',
                            autoAllocateChunkSize);
    }
    setUpReadableByteStreamController(
      stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
      autoAllocateChunkSize, controller);
  }

  Object.assign(ops, {
    readableByteStreamControllerClose,
    readableByteStreamControllerEnqueue,
    readableByteStreamControllerError,
    readableByteStreamControllerGetBYOBRequest,
    readableByteStreamControllerPullInto,
    readableByteStreamControllerRespond,
    readableByteStreamControllerRespondWithNewView,
    pendingPullIntoCount: (controller) => controller.pendingPullIntos.length,
    setUpReadableByteStreamController,
    setUpReadableByteStreamControllerFromUnderlyingSource,
  });

  exports.ReadableByteStreamController = ReadableByteStreamController;
  exports.ReadableStreamBYOBRequest = ReadableStreamBYOBRequest;
});
