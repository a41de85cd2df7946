// node:internal/stream_web: Readable/Writable/Duplex .fromWeb() and
// .toWeb(): adapters between Node streams and WHATWG streams (the
// ReadableStream/WritableStream globals).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const { Readable } = require('node:internal/stream_readable');
  const { Writable } = require('node:internal/stream_writable');
  const { Duplex } = require('node:internal/stream_duplex');
  const { eos } = require('node:internal/stream_end_of_stream');
  const { destroyer } = require('node:internal/stream_destroy');
  const { isBuffer } = require('node:internal/stream_state');
  const {
    codes: { ERR_INVALID_ARG_TYPE }, validateObject,
  } = require('node:internal/stream_errors');
  const { isReadableStream, isWritableStream } = require('node:internal/stream_utils');

  function checkOptions(options) {
    if (options !== undefined) validateObject(options, 'options');
    return options || {};
  }

  function readableFromWeb(readableStream, options) {
    if (!isReadableStream(readableStream)) {
      throw ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
    }
    const { highWaterMark, encoding, objectMode = false, signal } = checkOptions(options);
    const reader = readableStream.getReader();
    let closed = false;
    const readable = new Readable({
      objectMode,
      highWaterMark,
      encoding,
      signal,
      read() {
        reader.read().then((chunk) => {
          if (chunk.done) readable.push(null);
          else readable.push(chunk.value);
        }, (error) => destroyer(readable, error));
      },
      destroy(error, callback) {
        const done = () => {
          try {
            callback(error);
          } catch (err) {
            nextTick(() => { throw err; });
          }
        };
        if (!closed) {
          reader.cancel(error).then(done, done);
          return;
        }
        done();
      },
    });
    reader.closed.then(() => { closed = true; }, (error) => {
      closed = true;
      destroyer(readable, error);
    });
    return readable;
  }

  function readableToWeb(streamReadable, options) {
    if (!(streamReadable && typeof streamReadable.read === 'function' && streamReadable._readableState)) {
      throw ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
    }
    const objectMode = streamReadable.readableObjectMode;
    const highWaterMark = streamReadable.readableHighWaterMark;
    const strategy = (options && options.strategy) || {
      highWaterMark,
      size(chunk) { return objectMode ? 1 : chunk.byteLength; },
    };
    let controller;
    let wasCanceled = false;
    streamReadable.pause();
    eos(streamReadable, (error) => {
      if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
        const { AbortError } = require('node:internal/stream_errors');
        error = new AbortError(undefined, { cause: error });
      }
      if (wasCanceled) return;
      if (error) {
        controller.error(error);
        return;
      }
      controller.close();
    });
    streamReadable.on('data', (chunk) => {
      if (isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
      controller.enqueue(chunk);
      if (controller.desiredSize <= 0) streamReadable.pause();
    });
    return new ReadableStream({
      start(c) { controller = c; },
      pull() { streamReadable.resume(); },
      cancel(reason) {
        wasCanceled = true;
        destroyer(streamReadable, reason);
      },
    }, strategy);
  }

  function writableFromWeb(writableStream, options) {
    if (!isWritableStream(writableStream)) {
      throw ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
    }
    const { highWaterMark, decodeStrings = true, objectMode = false, signal } = checkOptions(options);
    const writer = writableStream.getWriter();
    let closed = false;
    const writable = new Writable({
      highWaterMark,
      objectMode,
      decodeStrings,
      signal,
      write(chunk, encoding, callback) {
        writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
      },
      destroy(error, callback) {
        const done = () => {
          try {
            callback(error);
          } catch (err) {
            nextTick(() => { throw err; });
          }
        };
        if (!closed) {
          if (error != null) writer.abort(error).then(done, done);
          else writer.close().then(done, done);
          return;
        }
        done();
      },
      final(callback) {
        if (!closed) writer.close().then(() => callback(), callback);
        else callback();
      },
    });
    writer.closed.then(() => { closed = true; }, (error) => {
      closed = true;
      destroyer(writable, error);
    });
    return writable;
  }

  function writableToWeb(streamWritable) {
    if (!(streamWritable && typeof streamWritable.write === 'function' && streamWritable._writableState)) {
      throw ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
    }
    let controller;
    let backpressure;
    let closed;
    eos(streamWritable, (error) => {
      if (error) {
        if (controller) controller.error(error);
        if (closed) closed.reject(error);
        return;
      }
      if (closed) closed.resolve();
    });
    streamWritable.on('drain', () => {
      if (backpressure) {
        backpressure.resolve();
        backpressure = undefined;
      }
    });
    const highWaterMark = streamWritable.writableHighWaterMark;
    return new WritableStream({
      start(c) { controller = c; },
      write(chunk) {
        if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
          return new Promise((resolve, reject) => { backpressure = { resolve, reject }; });
        }
        return undefined;
      },
      abort(reason) { destroyer(streamWritable, reason); },
      close() {
        if (streamWritable.writableFinished) return undefined;
        return new Promise((resolve, reject) => {
          closed = { resolve, reject };
          streamWritable.end();
        });
      },
    }, {
      highWaterMark,
      size(chunk) { return streamWritable.writableObjectMode ? 1 : chunk.byteLength || chunk.length; },
    });
  }

  function duplexFromWeb(pair, options) {
    validateObject(pair, 'pair');
    const { readable, writable } = pair;
    const r = readableFromWeb(readable, options);
    const w = writableFromWeb(writable, options);
    const { duplexify } = require('node:internal/stream_duplexify');
    return duplexify({ readable: r, writable: w }, 'pair');
  }

  function duplexToWeb(duplex) {
    return { readable: readableToWeb(duplex), writable: writableToWeb(duplex) };
  }

  Readable.fromWeb = readableFromWeb;
  Readable.toWeb = readableToWeb;
  Writable.fromWeb = writableFromWeb;
  Writable.toWeb = writableToWeb;
  Duplex.fromWeb = duplexFromWeb;
  Duplex.toWeb = duplexToWeb;
});
