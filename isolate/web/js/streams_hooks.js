// The Streams Standard's hooks for other specifications (§9 "Other
// specifications"), for built-ins such as fetch() bodies and Blob.stream():
// set up a ReadableStream from JS algorithms (optionally with byte reading
// support), enqueue/close/error it from the outside, read all of its bytes,
// and ask whether a stream is readable, closed, errored, locked or
// disturbed, without going through user-patchable public methods.
//
// Not user-visible: require('internal:web/streams_hooks').
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, invalidState, resolvedUndefined, resolvedWith, rejectedWith, react,
    isArrayBufferView, viewInfo, copyBytes, isByteStreamController,
  } = require('internal:web/streams_util');
  require('internal:web/streams_readable');
  require('internal:web/streams_byte_controller');
  require('internal:web/streams_tee');

  // Wraps an algorithm that may throw or return a value: always a promise.
  function wrap(algorithm) {
    if (algorithm === undefined) return resolvedUndefined;
    return (arg) => {
      try {
        return resolvedWith(algorithm(arg));
      } catch (error) {
        return rejectedWith(error);
      }
    };
  }

  // Sets up a new ReadableStream. `pull()` and `cancel(reason)` may return
  // promises; with `bytes: true` the stream has a byte controller (and so
  // BYOB readers). Returns {stream, enqueue, close, error, desiredSize()}.
  function setUpReadableStream({
    pull, cancel, highWaterMark, size, bytes = false,
  } = {}) {
    const start = () => undefined;
    const record = bytes ?
      ops.createReadableByteStream(start, wrap(pull), wrap(cancel)) :
      ops.createReadableStream(start, wrap(pull), wrap(cancel),
                               highWaterMark ?? 1, size ?? (() => 1));
    if (bytes && highWaterMark !== undefined) {
      record.controller.strategyHWM = highWaterMark;
    }
    return {
      stream: record.api,
      enqueue: (chunk) => enqueue(record, chunk),
      close: () => close(record),
      error: (reason) => error(record, reason),
      desiredSize: () => desiredSize(record),
    };
  }

  const recordOf = (stream) => {
    const record = ops.readableOf(stream);
    if (record === undefined) throw new TypeError('Not a ReadableStream');
    return record;
  };

  // "Enqueue": for a byte stream a pending BYOB request is filled first
  // (as far as the chunk goes), the rest is queued.
  function enqueue(record, chunk) {
    const controller = record.controller;
    if (record.state !== 'readable' || controller.closeRequested) return;
    if (!isByteStreamController(controller)) {
      ops.readableStreamDefaultControllerEnqueue(controller, chunk);
      return;
    }
    if (!isArrayBufferView(chunk)) {
      throw new TypeError('A byte stream takes ArrayBufferView chunks');
    }
    let info = viewInfo(chunk);
    if (info.byteLength === 0) return;
    const request = ops.readableByteStreamControllerGetBYOBRequest(controller);
    if (request !== null) {
      const target = viewInfo(request.view);
      const count = Math.min(target.byteLength, info.byteLength);
      copyBytes(target.buffer, target.byteOffset, info.buffer,
                info.byteOffset, count);
      ops.readableByteStreamControllerRespond(controller, count);
      if (count === info.byteLength) return;
      info = viewInfo(new Uint8Array(info.buffer, info.byteOffset + count,
                                     info.byteLength - count));
    }
    ops.readableByteStreamControllerEnqueue(controller, info);
  }

  function close(record) {
    const controller = record.controller;
    if (isByteStreamController(controller)) {
      ops.readableByteStreamControllerClose(controller);
      if (ops.pendingPullIntoCount(controller) > 0 &&
          record.state === 'closed') {
        ops.readableByteStreamControllerRespond(controller, 0);
      }
    } else {
      ops.readableStreamDefaultControllerClose(controller);
    }
  }

  function error(record, reason) {
    const controller = record.controller;
    if (isByteStreamController(controller)) {
      ops.readableByteStreamControllerError(controller, reason);
    } else {
      ops.readableStreamDefaultControllerError(controller, reason);
    }
  }

  function desiredSize(record) {
    const controller = record.controller;
    if (record.state === 'errored') return null;
    if (record.state === 'closed') return 0;
    return controller.strategyHWM - controller.queueTotalSize;
  }

  // "Read all bytes": the stream's Uint8Array chunks joined; rejects (and
  // cancels the stream) on any other chunk.
  function readAllBytes(stream) {
    const record = recordOf(stream);
    const reader = ops.acquireReadableStreamDefaultReader(record);
    const chunks = [];
    let total = 0;
    return new Promise((resolve, reject) => {
      // Queued chunks arrive synchronously from read(): loop instead of
      // recursing, so a long queue cannot overflow the stack.
      let reading = false;
      let readAgain = false;
      const readNext = () => {
        do {
          readAgain = false;
          reading = true;
          ops.readableStreamDefaultReaderRead(reader, request);
          reading = false;
        } while (readAgain);
      };
      const request = {
        chunk(chunk) {
          if (!(chunk instanceof Uint8Array)) {
            const failure = invalidState('Received non-Uint8Array chunk');
            react(ops.readableStreamCancel(record, failure), () => {
              reject(failure);
            }, () => reject(failure));
            return;
          }
          chunks.push(chunk);
          total += chunk.byteLength;
          if (reading) readAgain = true;
          else readNext();
        },
        close() {
          ops.readableStreamDefaultReaderRelease(reader);
          const bytes = new Uint8Array(total);
          let offset = 0;
          for (const chunk of chunks) {
            bytes.set(chunk, offset);
            offset += chunk.byteLength;
          }
          resolve(bytes);
        },
        error(reason) {
          ops.readableStreamDefaultReaderRelease(reader);
          reject(reason);
        },
      };
      readNext();
    });
  }

  Object.assign(exports, {
    setUpReadableStream,
    readAllBytes,
    isReadableStream: (value) => ops.readableOf(value) !== undefined,
    isWritableStream: (value) => {
      require('internal:web/streams_writable');
      return ops.writableOf(value) !== undefined;
    },
    isReadable: (stream) => recordOf(stream).state === 'readable',
    isClosed: (stream) => recordOf(stream).state === 'closed',
    isErrored: (stream) => recordOf(stream).state === 'errored',
    storedError: (stream) => recordOf(stream).storedError,
    isLocked: (stream) => recordOf(stream).reader !== undefined,
    isDisturbed: (stream) => recordOf(stream).disturbed,
    cancel: (stream, reason) =>
      ops.readableStreamCancel(recordOf(stream), reason),
    tee: (stream) => ops.readableStreamTee(recordOf(stream), false)
      .map((branch) => branch.api),
  });
});
