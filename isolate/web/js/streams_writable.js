// WritableStream and WritableStreamDefaultWriter with their abstract
// operations (https://streams.spec.whatwg.org/#ws-model); the controller is
// in streams_writable_controller.js.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, Deferred, settledDeferred, Queue, invalidState, invalidThis,
    invalidArgType, invalidArgValue, rejectedWith, resolvedUndefined, react,
    markHandled, objectArgument, callbackMember, queuingStrategy,
    extractHighWaterMark, extractSizeAlgorithm, inspectStream, customInspect,
    defineToStringTag, makeEnumerable,
  } = require('internal:web/streams_util');
  require('internal:web/streams_writable_controller');

  const kCreate = Symbol('kCreate');

  const isObject = (value) =>
    (typeof value === 'object' && value !== null) ||
    typeof value === 'function';

  // ---- records --------------------------------------------------------------

  class WritableStreamRecord {
    constructor() {
      // 'writable' | 'closed' | 'erroring' | 'errored'
      this.state = 'writable';
      this.storedError = undefined;
      this.writer = undefined;
      this.controller = undefined;
      this.inFlightWriteRequest = undefined;  // Deferred
      this.closeRequest = undefined;  // Deferred
      this.inFlightCloseRequest = undefined;  // Deferred
      this.pendingAbortRequest = undefined;
      this.writeRequests = new Queue();  // of Deferred
      this.backpressure = false;
      this.api = undefined;
    }
  }

  class WriterRecord {
    constructor() {
      this.stream = undefined;
      this.ready = undefined;  // Deferred
      this.closed = undefined;  // Deferred
      this.api = undefined;
    }
  }

  // ---- WritableStream -------------------------------------------------------

  class WritableStream {
    #r;

    constructor(underlyingSink = undefined, strategy = undefined) {
      if (underlyingSink === kCreate) {
        this.#r = strategy;
        strategy.api = this;
        return;
      }
      const sink = objectArgument(underlyingSink, 'sink');
      const strategyDict = queuingStrategy(strategy);
      const sinkDict = underlyingSinkDict(sink);
      if (sinkDict.type !== undefined) {
        throw invalidArgValue('type', sinkDict.type, RangeError);
      }
      const stream = new WritableStreamRecord();
      this.#r = stream;
      stream.api = this;
      const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
      const highWaterMark = extractHighWaterMark(strategyDict, 1);
      ops.setUpWritableStreamDefaultControllerFromUnderlyingSink(
        stream, sink, sinkDict, highWaterMark, sizeAlgorithm);
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    static {
      ops.writableOf = (value) => WritableStream.#of(value);
      ops.newWritableStreamObject = (record) =>
        new WritableStream(kCreate, record);
    }

    get locked() {
      const stream = WritableStream.#of(this);
      if (stream === undefined) throw invalidThis('WritableStream');
      return stream.writer !== undefined;
    }

    abort(reason = undefined) {
      const stream = WritableStream.#of(this);
      if (stream === undefined) {
        return rejectedWith(invalidThis('WritableStream'));
      }
      if (stream.writer !== undefined) {
        return rejectedWith(invalidState('WritableStream is locked'));
      }
      return writableStreamAbort(stream, reason);
    }

    close() {
      const stream = WritableStream.#of(this);
      if (stream === undefined) {
        return rejectedWith(invalidThis('WritableStream'));
      }
      if (stream.writer !== undefined) {
        return rejectedWith(invalidState('WritableStream is locked'));
      }
      if (writableStreamCloseQueuedOrInFlight(stream)) {
        return rejectedWith(invalidState('Failure closing WritableStream'));
      }
      return writableStreamClose(stream);
    }

    getWriter() {
      const stream = WritableStream.#of(this);
      if (stream === undefined) throw invalidThis('WritableStream');
      return acquireWritableStreamDefaultWriter(stream).api;
    }

    [customInspect](depth, options) {
      const stream = WritableStream.#of(this);
      return inspectStream('WritableStream', {
        locked: stream.writer !== undefined,
        state: stream.state,
      }, depth, options);
    }
  }
  makeEnumerable(WritableStream, ['locked', 'abort', 'close', 'getWriter']);
  defineToStringTag(WritableStream);

  // The UnderlyingSink dictionary, its members read in WebIDL order.
  function underlyingSinkDict(sink) {
    if (sink === undefined) return {};
    return {
      abort: callbackMember(sink, 'abort', 'sink.abort'),
      close: callbackMember(sink, 'close', 'sink.close'),
      start: callbackMember(sink, 'start', 'sink.start'),
      type: sink.type,
      write: callbackMember(sink, 'write', 'sink.write'),
    };
  }

  // ---- WritableStreamDefaultWriter ------------------------------------------

  class WritableStreamDefaultWriter {
    #r;

    constructor(stream) {
      if (stream === kCreate) return;
      const record = ops.writableOf(stream);
      if (record === undefined) {
        throw invalidArgType('stream', 'an instance of WritableStream',
                             stream);
      }
      const writer = new WriterRecord();
      this.#r = writer;
      writer.api = this;
      setUpWritableStreamDefaultWriter(writer, record);
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    static {
      ops.newWriterObject = (record) => {
        const writer = new WritableStreamDefaultWriter(kCreate);
        writer.#r = record;
        record.api = writer;
      };
    }

    get closed() {
      const writer = WritableStreamDefaultWriter.#of(this);
      if (writer === undefined) {
        return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
      }
      return writer.closed.promise;
    }

    get desiredSize() {
      const writer = WritableStreamDefaultWriter.#of(this);
      if (writer === undefined) {
        throw invalidThis('WritableStreamDefaultWriter');
      }
      if (writer.stream === undefined) throw notBound();
      return writableStreamDefaultWriterGetDesiredSize(writer);
    }

    get ready() {
      const writer = WritableStreamDefaultWriter.#of(this);
      if (writer === undefined) {
        return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
      }
      return writer.ready.promise;
    }

    abort(reason = undefined) {
      const writer = WritableStreamDefaultWriter.#of(this);
      if (writer === undefined) {
        return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
      }
      if (writer.stream === undefined) return rejectedWith(notBound());
      return writableStreamAbort(writer.stream, reason);
    }

    close() {
      const writer = WritableStreamDefaultWriter.#of(this);
      if (writer === undefined) {
        return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
      }
      const stream = writer.stream;
      if (stream === undefined) return rejectedWith(notBound());
      if (writableStreamCloseQueuedOrInFlight(stream)) {
        return rejectedWith(invalidState('Failure to close WritableStream'));
      }
      return writableStreamClose(stream);
    }

    releaseLock() {
      const writer = WritableStreamDefaultWriter.#of(this);
      if (writer === undefined) {
        throw invalidThis('WritableStreamDefaultWriter');
      }
      if (writer.stream === undefined) return;
      writableStreamDefaultWriterRelease(writer);
    }

    write(chunk = undefined) {
      const writer = WritableStreamDefaultWriter.#of(this);
      if (writer === undefined) {
        return rejectedWith(invalidThis('WritableStreamDefaultWriter'));
      }
      if (writer.stream === undefined) return rejectedWith(notBound());
      return writableStreamDefaultWriterWrite(writer, chunk);
    }

    [customInspect](depth, options) {
      const writer = WritableStreamDefaultWriter.#of(this);
      return inspectStream('WritableStreamDefaultWriter', {
        stream: writer.stream?.api,
        close: writer.closed.promise,
        ready: writer.ready.promise,
        desiredSize: writer.stream === undefined ? null :
          writableStreamDefaultWriterGetDesiredSize(writer),
      }, depth, options);
    }
  }
  makeEnumerable(WritableStreamDefaultWriter,
                 ['closed', 'desiredSize', 'ready', 'abort', 'close',
                  'releaseLock', 'write']);
  defineToStringTag(WritableStreamDefaultWriter);

  const notBound = () =>
    invalidState('Writer is not bound to a WritableStream');

  // ---- streams: abstract operations -----------------------------------------

  function acquireWritableStreamDefaultWriter(stream) {
    const writer = new WriterRecord();
    ops.newWriterObject(writer);
    setUpWritableStreamDefaultWriter(writer, stream);
    return writer;
  }

  function createWritableStream(startAlgorithm, writeAlgorithm,
                                closeAlgorithm, abortAlgorithm, highWaterMark,
                                sizeAlgorithm) {
    const stream = new WritableStreamRecord();
    ops.newWritableStreamObject(stream);
    const controller = ops.newWritableController();
    ops.setUpWritableStreamDefaultController(
      stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
      abortAlgorithm, highWaterMark, sizeAlgorithm);
    return stream;
  }

  function writableStreamAbort(stream, reason) {
    if (stream.state === 'closed' || stream.state === 'errored') {
      return resolvedUndefined();
    }
    stream.controller.signalAbort(reason);
    const state = stream.state;
    if (state === 'closed' || state === 'errored') return resolvedUndefined();
    if (stream.pendingAbortRequest !== undefined) {
      return stream.pendingAbortRequest.deferred.promise;
    }
    let wasAlreadyErroring = false;
    if (state === 'erroring') {
      wasAlreadyErroring = true;
      reason = undefined;
    }
    const deferred = new Deferred();
    stream.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
    if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
    return deferred.promise;
  }

  function writableStreamClose(stream) {
    const state = stream.state;
    if (state === 'closed' || state === 'errored') {
      return rejectedWith(invalidState('WritableStream is closed'));
    }
    const deferred = new Deferred();
    stream.closeRequest = deferred;
    const writer = stream.writer;
    if (writer !== undefined && stream.backpressure && state === 'writable') {
      writer.ready.resolve(undefined);
    }
    ops.writableStreamDefaultControllerClose(stream.controller);
    return deferred.promise;
  }

  function writableStreamAddWriteRequest(stream) {
    const deferred = new Deferred();
    stream.writeRequests.push(deferred);
    return deferred.promise;
  }

  function writableStreamDealWithRejection(stream, error) {
    if (stream.state === 'writable') {
      writableStreamStartErroring(stream, error);
      return;
    }
    writableStreamFinishErroring(stream);
  }

  function writableStreamFinishErroring(stream) {
    stream.state = 'errored';
    stream.controller.errorSteps();
    const storedError = stream.storedError;
    for (const request of stream.writeRequests.drain()) {
      request.reject(storedError);
    }
    if (stream.pendingAbortRequest === undefined) {
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const abortRequest = stream.pendingAbortRequest;
    stream.pendingAbortRequest = undefined;
    if (abortRequest.wasAlreadyErroring) {
      abortRequest.deferred.reject(storedError);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
      return;
    }
    const promise = stream.controller.abortSteps(abortRequest.reason);
    react(promise, () => {
      abortRequest.deferred.resolve(undefined);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    }, (reason) => {
      abortRequest.deferred.reject(reason);
      writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    });
  }

  function writableStreamFinishInFlightClose(stream) {
    stream.inFlightCloseRequest.resolve(undefined);
    stream.inFlightCloseRequest = undefined;
    if (stream.state === 'erroring') {
      stream.storedError = undefined;
      if (stream.pendingAbortRequest !== undefined) {
        stream.pendingAbortRequest.deferred.resolve(undefined);
        stream.pendingAbortRequest = undefined;
      }
    }
    stream.state = 'closed';
    const writer = stream.writer;
    if (writer !== undefined) writer.closed.resolve(undefined);
  }

  function writableStreamFinishInFlightCloseWithError(stream, error) {
    stream.inFlightCloseRequest.reject(error);
    stream.inFlightCloseRequest = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.deferred.reject(error);
      stream.pendingAbortRequest = undefined;
    }
    writableStreamDealWithRejection(stream, error);
  }

  function writableStreamFinishInFlightWrite(stream) {
    stream.inFlightWriteRequest.resolve(undefined);
    stream.inFlightWriteRequest = undefined;
  }

  function writableStreamFinishInFlightWriteWithError(stream, error) {
    stream.inFlightWriteRequest.reject(error);
    stream.inFlightWriteRequest = undefined;
    writableStreamDealWithRejection(stream, error);
  }

  function writableStreamCloseQueuedOrInFlight(stream) {
    return stream.closeRequest !== undefined ||
      stream.inFlightCloseRequest !== undefined;
  }

  function writableStreamHasOperationMarkedInFlight(stream) {
    return stream.inFlightWriteRequest !== undefined ||
      stream.inFlightCloseRequest !== undefined;
  }

  function writableStreamMarkCloseRequestInFlight(stream) {
    stream.inFlightCloseRequest = stream.closeRequest;
    stream.closeRequest = undefined;
  }

  function writableStreamMarkFirstWriteRequestInFlight(stream) {
    stream.inFlightWriteRequest = stream.writeRequests.shift();
  }

  function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
    if (stream.closeRequest !== undefined) {
      stream.closeRequest.reject(stream.storedError);
      stream.closeRequest = undefined;
    }
    const writer = stream.writer;
    if (writer !== undefined) {
      writer.closed.reject(stream.storedError);
      markHandled(writer.closed.promise);
    }
  }

  function writableStreamStartErroring(stream, reason) {
    const controller = stream.controller;
    stream.state = 'erroring';
    stream.storedError = reason;
    const writer = stream.writer;
    if (writer !== undefined) {
      writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
    }
    if (!writableStreamHasOperationMarkedInFlight(stream) &&
        controller.started) {
      writableStreamFinishErroring(stream);
    }
  }

  function writableStreamUpdateBackpressure(stream, backpressure) {
    const writer = stream.writer;
    if (writer !== undefined && backpressure !== stream.backpressure) {
      if (backpressure) writer.ready = new Deferred();
      else writer.ready.resolve(undefined);
    }
    stream.backpressure = backpressure;
  }

  // ---- writers: abstract operations -----------------------------------------

  function setUpWritableStreamDefaultWriter(writer, stream) {
    if (stream.writer !== undefined) {
      throw invalidState('WritableStream is locked');
    }
    writer.stream = stream;
    stream.writer = writer;
    const state = stream.state;
    if (state === 'writable') {
      if (!writableStreamCloseQueuedOrInFlight(stream) &&
          stream.backpressure) {
        writer.ready = new Deferred();
      } else {
        writer.ready = settledDeferred(resolvedUndefined());
      }
      writer.closed = new Deferred();
    } else if (state === 'erroring') {
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = new Deferred();
    } else if (state === 'closed') {
      writer.ready = settledDeferred(resolvedUndefined());
      writer.closed = settledDeferred(resolvedUndefined());
    } else {
      writer.ready = rejectedDeferred(stream.storedError);
      writer.closed = rejectedDeferred(stream.storedError);
    }
  }

  function rejectedDeferred(reason) {
    const promise = rejectedWith(reason);
    markHandled(promise);
    return settledDeferred(promise);
  }

  function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
    const stream = writer.stream;
    const state = stream.state;
    if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
      return resolvedUndefined();
    }
    if (state === 'errored') return rejectedWith(stream.storedError);
    return writableStreamClose(stream);
  }

  function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer,
                                                                  error) {
    if (!writer.closed.settled) writer.closed.reject(error);
    else writer.closed = settledDeferred(rejectedWith(error));
    markHandled(writer.closed.promise);
  }

  function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer,
                                                                 error) {
    if (!writer.ready.settled) writer.ready.reject(error);
    else writer.ready = settledDeferred(rejectedWith(error));
    markHandled(writer.ready.promise);
  }

  function writableStreamDefaultWriterGetDesiredSize(writer) {
    const state = writer.stream.state;
    if (state === 'errored' || state === 'erroring') return null;
    if (state === 'closed') return 0;
    return ops.writableStreamDefaultControllerGetDesiredSize(
      writer.stream.controller);
  }

  function writableStreamDefaultWriterRelease(writer) {
    const stream = writer.stream;
    const releasedError = invalidState('Writer has been released');
    writableStreamDefaultWriterEnsureReadyPromiseRejected(writer,
                                                          releasedError);
    writableStreamDefaultWriterEnsureClosedPromiseRejected(writer,
                                                           releasedError);
    stream.writer = undefined;
    writer.stream = undefined;
  }

  function writableStreamDefaultWriterWrite(writer, chunk) {
    const stream = writer.stream;
    const controller = stream.controller;
    const chunkSize =
      ops.writableStreamDefaultControllerGetChunkSize(controller, chunk);
    if (stream !== writer.stream) {
      return rejectedWith(invalidState('Mismatched WritableStreams'));
    }
    const state = stream.state;
    if (state === 'errored') return rejectedWith(stream.storedError);
    if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
      return rejectedWith(invalidState('WritableStream is closed'));
    }
    if (state === 'erroring') return rejectedWith(stream.storedError);
    const promise = writableStreamAddWriteRequest(stream);
    ops.writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
    return promise;
  }

  Object.assign(ops, {
    acquireWritableStreamDefaultWriter, createWritableStream,
    writableStreamAbort, writableStreamClose,
    writableStreamCloseQueuedOrInFlight, writableStreamDealWithRejection,
    writableStreamFinishErroring, writableStreamFinishInFlightClose,
    writableStreamFinishInFlightCloseWithError,
    writableStreamFinishInFlightWrite,
    writableStreamFinishInFlightWriteWithError,
    writableStreamMarkCloseRequestInFlight,
    writableStreamMarkFirstWriteRequestInFlight, writableStreamStartErroring,
    writableStreamUpdateBackpressure,
    writableStreamDefaultWriterCloseWithErrorPropagation,
    writableStreamDefaultWriterRelease, writableStreamDefaultWriterWrite,
  });

  exports.WritableStream = WritableStream;
  exports.WritableStreamDefaultWriter = WritableStreamDefaultWriter;
});
