// ReadableStream, ReadableStreamDefaultReader and ReadableStreamBYOBReader
// (https://streams.spec.whatwg.org/#rs-model), with the stream- and
// reader-level abstract operations. The controllers live in
// streams_default_controller.js and streams_byte_controller.js, tee() in
// streams_tee.js, async iteration and ReadableStream.from() in
// streams_iteration.js, pipeTo() in streams_pipe.js.
//
// Every public object keeps its internal slots in a record (a plain class
// instance, `#r`), so that user code can neither see nor forge them; the
// abstract operations work on records, and a record's `api` is its public
// object.
(function (exports, require, binding, internals, module) {
  'use strict';

  const util = require('internal:web/streams_util');
  const {
    ops, Deferred, settledDeferred, Queue, invalidState, invalidThis,
    invalidArgType, invalidArgValue, outOfRange, bufferSourceTypes,
    rejectedWith, resolvedUndefined, react, markHandled, objectArgument,
    dictionary, callbackMember, queuingStrategy, extractHighWaterMark,
    extractSizeAlgorithm, enforceRange, isArrayBufferView, viewInfo,
    isDetachedBuffer, bufferByteLength, inspectStream, customInspect,
    defineToStringTag, makeEnumerable, isByteStreamController,
  } = util;
  require('internal:web/streams_default_controller');
  // Loaded on first use (require() caches): byte streams, tee(), async
  // iteration and from(), pipes (which need WritableStream too).
  const byteOps = () => (require('internal:web/streams_byte_controller'), ops);
  const teeOps = () => (require('internal:web/streams_tee'), ops);
  const iterationOps = () => (require('internal:web/streams_iteration'), ops);
  const pipeOps = () => (require('internal:web/streams_pipe'), ops);

  const kCreate = Symbol('kCreate');  // internal construction only

  // ---- records --------------------------------------------------------------

  class ReadableStreamRecord {
    constructor() {
      this.state = 'readable';  // 'readable' | 'closed' | 'errored'
      this.reader = undefined;  // a ReaderRecord
      this.storedError = undefined;
      this.disturbed = false;
      this.controller = undefined;  // a controller record
      this.api = undefined;
    }
  }

  class ReaderRecord {
    constructor(byob) {
      this.byob = byob;
      this.stream = undefined;
      this.closed = undefined;  // Deferred
      this.requests = new Queue();  // read requests or read-into requests
      this.api = undefined;
    }
  }

  const isObject = (value) =>
    (typeof value === 'object' && value !== null) ||
    typeof value === 'function';

  // ---- ReadableStream -------------------------------------------------------

  class ReadableStream {
    #r;

    constructor(underlyingSource = undefined, strategy = undefined) {
      if (underlyingSource === kCreate) {
        this.#r = strategy;
        strategy.api = this;
        return;
      }
      const source = objectArgument(underlyingSource, 'source');
      const strategyDict = queuingStrategy(strategy);
      const sourceDict = underlyingSourceDict(source);
      const stream = new ReadableStreamRecord();
      this.#r = stream;
      stream.api = this;
      if (sourceDict.type === 'bytes') {
        if (strategyDict.size !== undefined) {
          throw invalidArgValue('strategy.size', strategyDict.size,
                                RangeError);
        }
        const highWaterMark = extractHighWaterMark(strategyDict, 0);
        byteOps().setUpReadableByteStreamControllerFromUnderlyingSource(
          stream, source, sourceDict, highWaterMark);
      } else {
        const sizeAlgorithm = extractSizeAlgorithm(strategyDict);
        const highWaterMark = extractHighWaterMark(strategyDict, 1);
        ops.setUpReadableStreamDefaultControllerFromUnderlyingSource(
          stream, source, sourceDict, highWaterMark, sizeAlgorithm);
      }
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    static {
      ops.readableOf = (value) => ReadableStream.#of(value);
      ops.newReadableStreamObject = (record) =>
        new ReadableStream(kCreate, record);
    }

    get locked() {
      const stream = ReadableStream.#of(this);
      if (stream === undefined) throw invalidThis('ReadableStream');
      return stream.reader !== undefined;
    }

    cancel(reason = undefined) {
      const stream = ReadableStream.#of(this);
      if (stream === undefined) {
        return rejectedWith(invalidThis('ReadableStream'));
      }
      if (stream.reader !== undefined) {
        return rejectedWith(invalidState('ReadableStream is locked'));
      }
      return readableStreamCancel(stream, reason);
    }

    getReader(options = undefined) {
      const stream = ReadableStream.#of(this);
      if (stream === undefined) throw invalidThis('ReadableStream');
      const dict = dictionary(options, 'options');
      const mode = dict.mode;
      if (mode === undefined) {
        return acquireReadableStreamDefaultReader(stream).api;
      }
      if (`${mode}` !== 'byob') {
        throw invalidArgValue('options.mode', mode);
      }
      return acquireReadableStreamBYOBReader(stream).api;
    }

    pipeThrough(transform, options = undefined) {
      const stream = ReadableStream.#of(this);
      if (stream === undefined) throw invalidThis('ReadableStream');
      const pair = isObject(transform) ? transform : {};
      const readableApi = pair.readable;
      const readable = ReadableStream.#of(readableApi);
      if (readable === undefined) {
        throw invalidArgType('transform.readable',
                             'an instance of ReadableStream', readableApi);
      }
      const writable = pipeOps().writableOf(pair.writable);
      if (writable === undefined) {
        throw invalidArgType('transform.writable',
                             'an instance of WritableStream', pair.writable);
      }
      const pipeOptions = ops.streamPipeOptions(options);
      if (stream.reader !== undefined) {
        throw invalidState('The ReadableStream is locked');
      }
      if (writable.writer !== undefined) {
        throw invalidState('The WritableStream is locked');
      }
      const promise = ops.readableStreamPipeTo(stream, writable, pipeOptions);
      markHandled(promise);
      return readableApi;
    }

    pipeTo(destination, options = undefined) {
      const stream = ReadableStream.#of(this);
      if (stream === undefined) {
        return rejectedWith(invalidThis('ReadableStream'));
      }
      let pipeOptions;
      const dest = pipeOps().writableOf(destination);
      try {
        if (dest === undefined) {
          throw invalidArgType('transform.writable',
                               'an instance of WritableStream', destination);
        }
        pipeOptions = ops.streamPipeOptions(options);
      } catch (error) {
        return rejectedWith(error);
      }
      if (stream.reader !== undefined) {
        return rejectedWith(invalidState('The ReadableStream is locked'));
      }
      if (dest.writer !== undefined) {
        return rejectedWith(invalidState('The WritableStream is locked'));
      }
      return ops.readableStreamPipeTo(stream, dest, pipeOptions);
    }

    tee() {
      const stream = ReadableStream.#of(this);
      if (stream === undefined) throw invalidThis('ReadableStream');
      const [branch1, branch2] = teeOps().readableStreamTee(stream, false);
      return [branch1.api, branch2.api];
    }

    values(options = undefined) {
      const stream = ReadableStream.#of(this);
      if (stream === undefined) throw invalidThis('ReadableStream');
      const dict = dictionary(options, 'options');
      return iterationOps().newReadableStreamAsyncIterator(stream,
                                                Boolean(dict.preventCancel));
    }

    static from(asyncIterable) {
      return iterationOps().readableStreamFromIterable(asyncIterable).api;
    }

    [customInspect](depth, options) {
      const stream = ReadableStream.#of(this);
      return inspectStream('ReadableStream', {
        locked: stream.reader !== undefined,
        state: stream.state,
        supportsBYOB: isByteStreamController(stream.controller),
      }, depth, options);
    }
  }
  makeEnumerable(ReadableStream,
                 ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo',
                  'tee', 'values']);
  Object.defineProperty(ReadableStream, 'from', { enumerable: true });
  Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
    value: ReadableStream.prototype.values, writable: true,
    configurable: true, enumerable: false,
  });
  defineToStringTag(ReadableStream);

  // The UnderlyingSource dictionary, its members read in WebIDL order.
  function underlyingSourceDict(source) {
    if (source === undefined) return {};
    const autoAllocateChunkSize = source.autoAllocateChunkSize;
    const dict = {
      autoAllocateChunkSize: autoAllocateChunkSize === undefined ? undefined :
        enforceRange(autoAllocateChunkSize, 'source.autoAllocateChunkSize'),
      cancel: callbackMember(source, 'cancel', 'source.cancel'),
      pull: callbackMember(source, 'pull', 'source.pull'),
      start: callbackMember(source, 'start', 'source.start'),
      type: source.type,
    };
    if (dict.type !== undefined) {
      const type = `${dict.type}`;
      if (type !== 'bytes') throw invalidArgValue('source.type', dict.type);
      dict.type = type;
    }
    return dict;
  }

  // ---- ReadableStreamDefaultReader ------------------------------------------

  class ReadableStreamDefaultReader {
    #r;

    constructor(stream) {
      if (stream === kCreate) return;
      const record = ops.readableOf(stream);
      if (record === undefined) {
        throw invalidArgType('stream', 'an instance of ReadableStream',
                             stream);
      }
      const reader = new ReaderRecord(false);
      this.#r = reader;
      reader.api = this;
      setUpReadableStreamDefaultReader(reader, record);
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    static {
      ops.newDefaultReaderObject = (record) => {
        const reader = new ReadableStreamDefaultReader(kCreate);
        reader.#r = record;
        record.api = reader;
      };
    }

    read() {
      const reader = ReadableStreamDefaultReader.#of(this);
      if (reader === undefined) {
        return rejectedWith(invalidThis('ReadableStreamDefaultReader'));
      }
      if (reader.stream === undefined) {
        return rejectedWith(
          invalidState('The reader is not attached to a stream'));
      }
      const request = new PromiseReadRequest();
      readableStreamDefaultReaderRead(reader, request);
      return request.promise;
    }

    releaseLock() {
      const reader = ReadableStreamDefaultReader.#of(this);
      if (reader === undefined) {
        throw invalidThis('ReadableStreamDefaultReader');
      }
      if (reader.stream === undefined) return;
      readableStreamDefaultReaderRelease(reader);
    }

    get closed() {
      const reader = ReadableStreamDefaultReader.#of(this);
      if (reader === undefined) {
        return rejectedWith(invalidThis('ReadableStreamDefaultReader'));
      }
      return reader.closed.promise;
    }

    cancel(reason = undefined) {
      const reader = ReadableStreamDefaultReader.#of(this);
      if (reader === undefined) {
        return rejectedWith(invalidThis('ReadableStreamDefaultReader'));
      }
      if (reader.stream === undefined) {
        return rejectedWith(
          invalidState('The reader is not attached to a stream'));
      }
      return readableStreamCancel(reader.stream, reason);
    }

    [customInspect](depth, options) {
      const reader = ReadableStreamDefaultReader.#of(this);
      return inspectStream('ReadableStreamDefaultReader', {
        stream: reader.stream?.api,
        readRequests: reader.requests.length,
        close: reader.closed.promise,
      }, depth, options);
    }
  }
  makeEnumerable(ReadableStreamDefaultReader,
                 ['read', 'releaseLock', 'closed', 'cancel']);
  defineToStringTag(ReadableStreamDefaultReader);

  // A read request whose steps settle a promise of an iterator result.
  class PromiseReadRequest {
    constructor() {
      this.promise = new Promise((resolve, reject) => {
        this.resolve = resolve;
        this.reject = reject;
      });
    }
    chunk(value) { this.resolve({ value, done: false }); }
    close(value) { this.resolve({ value, done: true }); }
    error(reason) { this.reject(reason); }
  }

  // ---- ReadableStreamBYOBReader ---------------------------------------------

  class ReadableStreamBYOBReader {
    #r;

    constructor(stream) {
      if (stream === kCreate) return;
      const record = ops.readableOf(stream);
      if (record === undefined) {
        throw invalidArgType('stream', 'an instance of ReadableStream',
                             stream);
      }
      const reader = new ReaderRecord(true);
      this.#r = reader;
      reader.api = this;
      setUpReadableStreamBYOBReader(reader, record);
    }

    static #of(value) {
      return isObject(value) && #r in value ? value.#r : undefined;
    }

    static {
      ops.newBYOBReaderObject = (record) => {
        const reader = new ReadableStreamBYOBReader(kCreate);
        reader.#r = record;
        record.api = reader;
      };
    }

    read(view, options = undefined) {
      const reader = ReadableStreamBYOBReader.#of(this);
      if (reader === undefined) {
        return rejectedWith(invalidThis('ReadableStreamBYOBReader'));
      }
      let info;
      let min;
      try {
        if (!isArrayBufferView(view)) {
          throw invalidArgType('view', bufferSourceTypes, view);
        }
        const dict = dictionary(options, 'options');
        min = dict.min === undefined ? 1 : readMin(dict.min);
        info = viewInfo(view);
        // (A SharedArrayBuffer's view fails here, as V8's getter fails.)
        if (info.byteLength === 0 || bufferByteLength(info.buffer) === 0 ||
            isDetachedBuffer(info.buffer)) {
          throw invalidState(
            'View or Viewed ArrayBuffer is zero-length or detached');
        }
      } catch (error) {
        return rejectedWith(error);
      }
      if (info.typed) {
        if (min > info.length) {
          return rejectedWith(outOfRange('options.min', '<= view.length',
                                         min));
        }
      } else if (min > info.byteLength) {
        return rejectedWith(outOfRange('options.min', '<= view.byteLength',
                                       min));
      }
      if (reader.stream === undefined) {
        return rejectedWith(
          invalidState('The reader is not attached to a stream'));
      }
      const request = new PromiseReadRequest();
      readableStreamBYOBReaderRead(reader, view, info, min, request);
      return request.promise;
    }

    releaseLock() {
      const reader = ReadableStreamBYOBReader.#of(this);
      if (reader === undefined) throw invalidThis('ReadableStreamBYOBReader');
      if (reader.stream === undefined) return;
      readableStreamBYOBReaderRelease(reader);
    }

    get closed() {
      const reader = ReadableStreamBYOBReader.#of(this);
      if (reader === undefined) {
        return rejectedWith(invalidThis('ReadableStreamBYOBReader'));
      }
      return reader.closed.promise;
    }

    cancel(reason = undefined) {
      const reader = ReadableStreamBYOBReader.#of(this);
      if (reader === undefined) {
        return rejectedWith(invalidThis('ReadableStreamBYOBReader'));
      }
      if (reader.stream === undefined) {
        return rejectedWith(
          invalidState('The reader is not attached to a stream'));
      }
      return readableStreamCancel(reader.stream, reason);
    }

    [customInspect](depth, options) {
      const reader = ReadableStreamBYOBReader.#of(this);
      return inspectStream('ReadableStreamBYOBReader', {
        stream: reader.stream?.api,
        readIntoRequests: reader.requests.length,
        close: reader.closed.promise,
      }, depth, options);
    }
  }
  makeEnumerable(ReadableStreamBYOBReader,
                 ['read', 'releaseLock', 'closed', 'cancel']);
  defineToStringTag(ReadableStreamBYOBReader);

  // options.min: [EnforceRange] unsigned long long, not 0; Node's words.
  function readMin(value) {
    const number = Number(value);
    if (!Number.isFinite(number)) {
      throw invalidArgValue('options.min', value, TypeError,
                            'must be an integer');
    }
    const min = Math.trunc(number);
    if (min <= 0 || min > Number.MAX_SAFE_INTEGER) {
      throw invalidArgValue('options.min', value, TypeError,
                            'must be greater than 0');
    }
    return min;
  }

  // ---- readers: abstract operations -----------------------------------------

  function acquireReadableStreamDefaultReader(stream) {
    const reader = new ReaderRecord(false);
    ops.newDefaultReaderObject(reader);
    setUpReadableStreamDefaultReader(reader, stream);
    return reader;
  }

  function acquireReadableStreamBYOBReader(stream) {
    const reader = new ReaderRecord(true);
    ops.newBYOBReaderObject(reader);
    setUpReadableStreamBYOBReader(reader, stream);
    return reader;
  }

  function setUpReadableStreamDefaultReader(reader, stream) {
    if (stream.reader !== undefined) {
      throw invalidState('ReadableStream is locked');
    }
    readableStreamReaderGenericInitialize(reader, stream);
  }

  function setUpReadableStreamBYOBReader(reader, stream) {
    if (stream.reader !== undefined) {
      throw invalidState('ReadableStream is locked');
    }
    if (!isByteStreamController(stream.controller)) {
      throw invalidArgValue('stream', stream.api, TypeError,
                            'must be a byte stream');
    }
    readableStreamReaderGenericInitialize(reader, stream);
  }

  function readableStreamReaderGenericInitialize(reader, stream) {
    reader.stream = stream;
    stream.reader = reader;
    if (stream.state === 'readable') {
      reader.closed = new Deferred();
    } else if (stream.state === 'closed') {
      reader.closed = settledDeferred(resolvedUndefined());
    } else {
      const promise = rejectedWith(stream.storedError);
      markHandled(promise);
      reader.closed = settledDeferred(promise);
    }
  }

  function readableStreamReaderGenericRelease(reader) {
    const stream = reader.stream;
    const error = invalidState('Reader released');
    if (stream.state === 'readable') {
      reader.closed.reject(error);
    } else {
      reader.closed = settledDeferred(rejectedWith(error));
    }
    markHandled(reader.closed.promise);
    stream.controller.releaseSteps();
    stream.reader = undefined;
    reader.stream = undefined;
  }

  function readableStreamDefaultReaderRead(reader, request) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === 'closed') {
      request.close(undefined);
    } else if (stream.state === 'errored') {
      request.error(stream.storedError);
    } else {
      stream.controller.pullSteps(request);
    }
  }

  function readableStreamDefaultReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    readableStreamReaderErrorRequests(reader,
                                      invalidState('Releasing reader'));
  }

  function readableStreamBYOBReaderRead(reader, view, info, min, request) {
    const stream = reader.stream;
    stream.disturbed = true;
    if (stream.state === 'errored') {
      request.error(stream.storedError);
    } else {
      ops.readableByteStreamControllerPullInto(stream.controller, view, info,
                                               min, request);
    }
  }

  function readableStreamBYOBReaderRelease(reader) {
    readableStreamReaderGenericRelease(reader);
    readableStreamReaderErrorRequests(reader,
                                      invalidState('Releasing reader'));
  }

  function readableStreamReaderErrorRequests(reader, error) {
    const requests = reader.requests.drain();
    for (const request of requests) request.error(error);
  }

  // ---- streams: abstract operations -----------------------------------------

  function readableStreamCancel(stream, reason) {
    stream.disturbed = true;
    if (stream.state === 'closed') return resolvedUndefined();
    if (stream.state === 'errored') return rejectedWith(stream.storedError);
    readableStreamClose(stream);
    const reader = stream.reader;
    if (reader !== undefined && reader.byob) {
      const requests = reader.requests.drain();
      for (const request of requests) request.close(undefined);
    }
    const sourceCancelPromise = stream.controller.cancelSteps(reason);
    return react(sourceCancelPromise, () => undefined);
  }

  function readableStreamClose(stream) {
    stream.state = 'closed';
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.resolve(undefined);
    if (!reader.byob) {
      const requests = reader.requests.drain();
      for (const request of requests) request.close(undefined);
    }
  }

  function readableStreamError(stream, error) {
    stream.state = 'errored';
    stream.storedError = error;
    const reader = stream.reader;
    if (reader === undefined) return;
    reader.closed.reject(error);
    markHandled(reader.closed.promise);
    readableStreamReaderErrorRequests(reader, error);
  }

  function readableStreamFulfillReadRequest(stream, chunk, done) {
    const request = stream.reader.requests.shift();
    if (done) request.close(undefined);
    else request.chunk(chunk);
  }

  function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
    const request = stream.reader.requests.shift();
    if (done) request.close(chunk);
    else request.chunk(chunk);
  }

  // ReadableStreamGetNumReadRequests / ...ReadIntoRequests.
  function readableStreamGetNumRequests(stream) {
    return stream.reader.requests.length;
  }

  function readableStreamHasDefaultReader(stream) {
    return stream.reader !== undefined && !stream.reader.byob;
  }

  function readableStreamHasBYOBReader(stream) {
    return stream.reader !== undefined && stream.reader.byob;
  }

  function readableStreamAddRequest(stream, request) {
    stream.reader.requests.push(request);
  }

  // CreateReadableStream(): a stream with a default controller.
  function createReadableStream(startAlgorithm, pullAlgorithm,
                                cancelAlgorithm, highWaterMark = 1,
                                sizeAlgorithm = () => 1) {
    const stream = new ReadableStreamRecord();
    ops.newReadableStreamObject(stream);
    ops.setUpReadableStreamDefaultController(
      stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark,
      sizeAlgorithm);
    return stream;
  }

  // CreateReadableByteStream().
  function createReadableByteStream(startAlgorithm, pullAlgorithm,
                                    cancelAlgorithm) {
    const stream = new ReadableStreamRecord();
    ops.newReadableStreamObject(stream);
    byteOps().setUpReadableByteStreamController(
      stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
    return stream;
  }

  Object.assign(ops, {
    acquireReadableStreamDefaultReader, acquireReadableStreamBYOBReader,
    readableStreamDefaultReaderRead, readableStreamDefaultReaderRelease,
    readableStreamBYOBReaderRead, readableStreamBYOBReaderRelease,
    readableStreamCancel, readableStreamClose, readableStreamError,
    readableStreamFulfillReadRequest, readableStreamFulfillReadIntoRequest,
    readableStreamGetNumRequests, readableStreamHasDefaultReader,
    readableStreamHasBYOBReader, readableStreamAddRequest,
    createReadableStream, createReadableByteStream,
    isReadableStreamLocked: (stream) => stream.reader !== undefined,
  });

  exports.ReadableStream = ReadableStream;
  exports.ReadableStreamDefaultReader = ReadableStreamDefaultReader;
  exports.ReadableStreamBYOBReader = ReadableStreamBYOBReader;
});
