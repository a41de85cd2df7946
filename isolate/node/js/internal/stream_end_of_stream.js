// node:internal/stream_end_of_stream: finished(stream, cb) (Node's
// end-of-stream: cb once the stream is done reading/writing, with the
// error or ERR_STREAM_PREMATURE_CLOSE) and addAbortSignal.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const {
    codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE }, AbortError,
    validateFunction, validateObject, validateAbortSignal, once,
    addAbortListener,
  } = require('node:internal/stream_errors');
  const {
    isClosed, isReadable, isReadableNodeStream, isReadableStream,
    isReadableFinished, isReadableErrored, isWritable, isWritableNodeStream,
    isWritableStream, isWritableFinished, isWritableErrored, isNodeStream,
    willEmitClose: willEmitCloseOf, kIsClosedPromise, isRequest,
  } = require('node:internal/stream_utils');

  function nop() {}

  function eos(stream, options, callback) {
    if (arguments.length === 2) {
      callback = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    validateFunction(callback, 'callback');
    validateAbortSignal(options.signal, 'options.signal');
    callback = once(callback);

    if (isReadableStream(stream) || isWritableStream(stream)) {
      return eosWeb(stream, options, callback);
    }
    if (!isNodeStream(stream)) {
      throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }

    const readable = options.readable ?? isReadableNodeStream(stream);
    const writable = options.writable ?? isWritableNodeStream(stream);
    const wState = stream._writableState;
    const rState = stream._readableState;

    const onlegacyfinish = () => {
      if (!stream.writable) onfinish();
    };

    // When the stream will emit 'close' itself, wait for it (so the
    // callback sees its final error) instead of finishing on 'end'/'finish'.
    let willEmitClose = willEmitCloseOf(stream) &&
      isReadableNodeStream(stream) === readable &&
      isWritableNodeStream(stream) === writable;

    let writableFinished = isWritableFinished(stream, false);
    const onfinish = () => {
      writableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.readable || readable)) return;
      if (!readable || readableFinished) callback.call(stream);
    };

    let readableFinished = isReadableFinished(stream, false);
    const onend = () => {
      readableFinished = true;
      if (stream.destroyed) willEmitClose = false;
      if (willEmitClose && (!stream.writable || writable)) return;
      if (!writable || writableFinished) callback.call(stream);
    };

    const onerror = (err) => {
      callback.call(stream, err);
    };

    let closed = isClosed(stream);

    const onclose = () => {
      closed = true;
      const errored = isWritableErrored(stream) || isReadableErrored(stream);
      if (errored && typeof errored !== 'boolean') {
        return callback.call(stream, errored);
      }
      if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
        if (!isReadableFinished(stream, false)) {
          return callback.call(stream, ERR_STREAM_PREMATURE_CLOSE());
        }
      }
      if (writable && !writableFinished) {
        if (!isWritableFinished(stream, false)) {
          return callback.call(stream, ERR_STREAM_PREMATURE_CLOSE());
        }
      }
      callback.call(stream);
    };

    const onclosed = () => {
      closed = true;
      const errored = isWritableErrored(stream) || isReadableErrored(stream);
      if (errored && typeof errored !== 'boolean') {
        return callback.call(stream, errored);
      }
      callback.call(stream);
    };

    const onrequest = () => {
      stream.req.on('finish', onfinish);
    };

    if (isRequest(stream)) {
      stream.on('complete', onfinish);
      if (!willEmitClose) stream.on('abort', onclose);
      if (stream.req) onrequest();
      else stream.on('request', onrequest);
    } else if (writable && !wState) {
      // A legacy stream: no 'finish', only 'end'/'close'.
      stream.on('end', onlegacyfinish);
      stream.on('close', onlegacyfinish);
    }

    // Not all streams emit 'close' after 'aborted'.
    if (!willEmitClose && typeof stream.aborted === 'boolean') {
      stream.on('aborted', onclose);
    }

    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);

    if (closed) {
      nextTick(onclose);
    } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
      if (!willEmitClose) nextTick(onclosed);
    } else if (!readable && (!willEmitClose || isReadable(stream)) &&
               (writableFinished || isWritable(stream) === false)) {
      nextTick(onclosed);
    } else if (!writable && (!willEmitClose || isWritable(stream)) &&
               (readableFinished || isReadable(stream) === false)) {
      nextTick(onclosed);
    } else if (rState && stream.req && stream.aborted) {
      nextTick(onclosed);
    }

    const cleanup = () => {
      callback = nop;
      stream.removeListener('aborted', onclose);
      stream.removeListener('complete', onfinish);
      stream.removeListener('abort', onclose);
      stream.removeListener('request', onrequest);
      if (stream.req) stream.req.removeListener('finish', onfinish);
      stream.removeListener('end', onlegacyfinish);
      stream.removeListener('close', onlegacyfinish);
      stream.removeListener('finish', onfinish);
      stream.removeListener('end', onend);
      stream.removeListener('error', onerror);
      stream.removeListener('close', onclose);
    };

    if (options.signal && !closed) {
      const abort = () => {
        const endCallback = callback;
        cleanup();
        endCallback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
      };
      if (options.signal.aborted) {
        nextTick(abort);
      } else {
        const listener = addAbortListener(options.signal, abort);
        const originalCallback = callback;
        callback = once((...args) => {
          listener.dispose();
          Reflect.apply(originalCallback, stream, args);
        });
      }
    }
    return cleanup;
  }

  // finished() of a WHATWG stream: settles with its closed promise.
  function eosWeb(stream, options, callback) {
    let isAborted = false;
    let abort = nop;
    if (options.signal) {
      abort = () => {
        isAborted = true;
        callback.call(stream, new AbortError(undefined, { cause: options.signal.reason }));
      };
      if (options.signal.aborted) {
        nextTick(abort);
      } else {
        const listener = addAbortListener(options.signal, abort);
        const originalCallback = callback;
        callback = once((...args) => {
          listener.dispose();
          Reflect.apply(originalCallback, stream, args);
        });
      }
    }
    const resolverFn = (...args) => {
      if (!isAborted) nextTick(() => Reflect.apply(callback, stream, args));
    };
    const closed = stream[kIsClosedPromise] && stream[kIsClosedPromise].promise;
    if (closed) {
      closed.then(resolverFn, resolverFn);
    } else if (isReadableStream(stream)) {
      // Without the internal promise: watch through a reader of our own.
      const reader = stream.getReader();
      reader.closed.then(() => resolverFn(), resolverFn);
      reader.releaseLock?.();
    }
    return nop;
  }

  function finished(stream, opts) {
    let autoCleanup = false;
    if (opts === null) opts = {};
    if (opts && opts.cleanup) {
      if (typeof opts.cleanup !== 'boolean') {
        throw ERR_INVALID_ARG_TYPE('cleanup', 'boolean', opts.cleanup);
      }
      autoCleanup = opts.cleanup;
    }
    return new Promise((resolve, reject) => {
      const cleanup = eos(stream, opts, (err) => {
        if (autoCleanup) cleanup();
        if (err) reject(err);
        else resolve();
      });
    });
  }
  eos.finished = finished;

  // Destroys stream with an AbortError when signal aborts.
  function addAbortSignal(signal, stream) {
    validateAbortSignal(signal, 'signal');
    if (!isNodeStream(stream) && !isWebStreamLike(stream)) {
      throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    return addAbortSignalNoValidate(signal, stream);
  }

  function isWebStreamLike(stream) {
    return isReadableStream(stream) || isWritableStream(stream);
  }

  function addAbortSignalNoValidate(signal, stream) {
    if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
    const onAbort = isNodeStream(stream) ?
      () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
      () => {
        const error = new AbortError(undefined, { cause: signal.reason });
        if (typeof stream.cancel === 'function') stream.cancel(error);
        else if (typeof stream.abort === 'function') stream.abort(error);
      };
    if (signal.aborted) {
      onAbort();
    } else {
      const listener = addAbortListener(signal, onAbort);
      eos(stream, () => listener.dispose());
    }
    return stream;
  }

  module.exports = { eos, finished, addAbortSignal, addAbortSignalNoValidate };
});
