// node:internal/stream_utils: what node:stream asks of any object it is
// handed (is it a Node stream, readable, finished, errored...), answered
// the way Node answers for its own streams, legacy streams and
// look-alikes (http messages, third-party implementations).
(function (exports, require, binding, internals, module) {
  'use strict';

  const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
  const kIsErrored = Symbol('kIsErrored');
  const kIsReadable = Symbol('kIsReadable');
  const kIsWritable = Symbol('kIsWritable');
  const kIsDisturbed = Symbol('kIsDisturbed');
  const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
  const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

  function isReadableNodeStream(obj, strict = false) {
    return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
      (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
      (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
      (!obj._writableState || obj._readableState));
  }

  function isWritableNodeStream(obj) {
    return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
      (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
  }

  function isDuplexNodeStream(obj) {
    return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
      typeof obj.on === 'function' && typeof obj.write === 'function');
  }

  function isNodeStream(obj) {
    return !!(obj && (obj._readableState || obj._writableState ||
      (typeof obj.write === 'function' && typeof obj.on === 'function') ||
      (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
  }

  function isReadableStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
      typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
  }
  function isWritableStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' &&
      typeof obj.abort === 'function');
  }
  function isTransformStream(obj) {
    return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' &&
      typeof obj.writable === 'object');
  }
  function isWebStream(obj) {
    return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
  }

  function isIterable(obj, isAsync) {
    if (obj == null) return false;
    if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
    if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
    return typeof obj[Symbol.asyncIterator] === 'function' ||
      typeof obj[Symbol.iterator] === 'function';
  }

  function isDestroyed(stream) {
    if (!isNodeStream(stream)) return null;
    const state = stream._writableState || stream._readableState;
    return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
  }

  function isWritableEnded(stream) {
    if (!isWritableNodeStream(stream)) return null;
    if (stream.writableEnded === true) return true;
    const state = stream._writableState;
    if (state && state.errored) return false;
    if (!state || typeof state.ended !== 'boolean') return null;
    return state.ended;
  }

  function isWritableFinished(stream, strict) {
    if (!isWritableNodeStream(stream)) return null;
    if (stream.writableFinished === true) return true;
    const state = stream._writableState;
    if (state && state.errored) return false;
    if (!state || typeof state.finished !== 'boolean') return null;
    return !!(state.finished ||
      (strict === false && state.ended === true && state.length === 0));
  }

  function isReadableEnded(stream) {
    if (!isReadableNodeStream(stream)) return null;
    if (stream.readableEnded === true) return true;
    const state = stream._readableState;
    if (!state || state.errored) return false;
    if (typeof state.ended !== 'boolean') return null;
    return state.ended;
  }

  function isReadableFinished(stream, strict) {
    if (!isReadableNodeStream(stream)) return null;
    const state = stream._readableState;
    if (state && state.errored) return false;
    if (!state || typeof state.endEmitted !== 'boolean') return null;
    return !!(state.endEmitted ||
      (strict === false && state.ended === true && state.length === 0));
  }

  function isReadable(stream) {
    if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
    if (!stream || typeof stream.readable !== 'boolean') return null;
    if (isDestroyed(stream)) return false;
    return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
  }

  function isWritable(stream) {
    if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
    if (!stream || typeof stream.writable !== 'boolean') return null;
    if (isDestroyed(stream)) return false;
    return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
  }

  function isFinished(stream, opts) {
    if (!isNodeStream(stream)) return null;
    if (isDestroyed(stream)) return true;
    if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
    if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
    return true;
  }

  function isWritableErrored(stream) {
    if (!isNodeStream(stream)) return null;
    if (stream.writableErrored) return stream.writableErrored;
    const state = stream._writableState;
    return (state && state.errored) ?? null;
  }

  function isReadableErrored(stream) {
    if (!isNodeStream(stream)) return null;
    if (stream.readableErrored) return stream.readableErrored;
    const state = stream._readableState;
    return (state && state.errored) ?? null;
  }

  function isClosed(stream) {
    if (!isNodeStream(stream)) return null;
    if (typeof stream.closed === 'boolean') return stream.closed;
    const w = stream._writableState;
    const r = stream._readableState;
    if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
      return (w && w.closed) || (r && r.closed);
    }
    if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) {
      return stream._closed;
    }
    return null;
  }

  function isOutgoingMessage(stream) {
    return typeof stream._closed === 'boolean' &&
      typeof stream._defaultKeepAlive === 'boolean' &&
      typeof stream._removedConnection === 'boolean' &&
      typeof stream._removedContLen === 'boolean';
  }

  function isServerResponse(stream) {
    return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
  }

  function isServerRequest(stream) {
    return typeof stream._consuming === 'boolean' &&
      typeof stream._dumped === 'boolean' &&
      (stream.req && stream.req.upgradeOrConnect) === undefined;
  }

  function isRequest(stream) {
    return !!(stream && typeof stream.setHeader === 'function' &&
      typeof stream.abort === 'function');
  }

  function willEmitClose(stream) {
    if (!isNodeStream(stream)) return null;
    const state = stream._writableState || stream._readableState;
    return (!state && isServerResponse(stream)) ||
      !!(state && state.autoDestroy && state.emitClose && state.closed === false);
  }

  function isDisturbed(stream) {
    return !!(stream && (stream[kIsDisturbed] ??
      (stream.readableDidRead || stream.readableAborted)));
  }

  function isErrored(stream) {
    if (!stream) return false;
    const r = stream._readableState;
    const w = stream._writableState;
    return !!(stream[kIsErrored] ?? stream.readableErrored ?? stream.writableErrored ??
      (r && r.errorEmitted) ?? (w && w.errorEmitted) ??
      (r && r.errored) ?? (w && w.errored));
  }

  module.exports = {
    kIsDestroyed, kIsErrored, kIsReadable, kIsWritable, kIsDisturbed,
    kIsClosedPromise, kControllerErrorFunction,
    isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream,
    isNodeStream, isReadableStream, isWritableStream, isTransformStream,
    isWebStream, isIterable, isDestroyed, isWritableEnded, isWritableFinished,
    isReadableEnded, isReadableFinished, isReadable, isWritable, isFinished,
    isWritableErrored, isReadableErrored, isClosed, isOutgoingMessage,
    isServerResponse, isServerRequest, isRequest, willEmitClose,
    isDisturbed, isErrored,
  };
});
