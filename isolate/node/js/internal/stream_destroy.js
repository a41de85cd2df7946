// node:internal/stream_destroy: destroy(err) and its 'error'/'close'
// events, errors that destroy a stream (or only mark it errored when
// autoDestroy is off), the _construct() start-up hook, and destroyer()
// that pipeline and the async iterator use on any kind of stream.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const {
    codes: { ERR_MULTIPLE_CALLBACK }, AbortError, aggregateTwoErrors,
  } = require('node:internal/stream_errors');
  const {
    kIsDestroyed, isDestroyed, isFinished, isServerRequest, isRequest,
  } = require('node:internal/stream_utils');

  const kDestroy = Symbol('kDestroy');
  const kConstruct = Symbol('kConstruct');

  // Records err as the stream's error on both sides (the first one wins).
  function markErrored(err, w, r) {
    if (!err) return;
    err.stack;  // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }

  // Stream.prototype.destroy for Readable, Writable and Duplex.
  function destroy(err, cb) {
    const r = this._readableState;
    const w = this._writableState;
    const state = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    markErrored(err, w, r);
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    if (!state.constructed) {
      // _construct() is still running: destroy once it calls back.
      this.once(kDestroy, function (er) {
        runDestroy(this, aggregateTwoErrors(er, err), cb);
      });
    } else {
      runDestroy(this, err, cb);
    }
    return this;
  }

  function runDestroy(self, err, cb) {
    let called = false;
    function onDestroy(error) {
      if (called) return;
      called = true;
      const r = self._readableState;
      const w = self._writableState;
      markErrored(error, w, r);
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(error);
      if (error) nextTick(emitErrorCloseNT, self, error);
      else nextTick(emitCloseNT, self);
    }
    try {
      self._destroy(err || null, onDestroy);
    } catch (error) {
      onDestroy(error);
    }
  }

  function emitErrorCloseNT(self, err) {
    emitErrorNT(self, err);
    emitCloseNT(self);
  }

  function emitCloseNT(self) {
    const r = self._readableState;
    const w = self._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
  }

  function emitErrorNT(self, err) {
    const r = self._readableState;
    const w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    self.emit('error', err);
  }

  // Stream.prototype._undestroy: back to a fresh state (net.Socket reuse).
  function undestroy() {
    const r = this._readableState;
    const w = this._writableState;
    if (r) {
      r.constructed = true;
      r.closed = false;
      r.closeEmitted = false;
      r.destroyed = false;
      r.errored = null;
      r.errorEmitted = false;
      r.reading = false;
      r.ended = r.readable === false;
      r.endEmitted = r.readable === false;
    }
    if (w) {
      w.constructed = true;
      w.destroyed = false;
      w.closed = false;
      w.closeEmitted = false;
      w.errored = null;
      w.errorEmitted = false;
      w.finalCalled = false;
      w.prefinished = false;
      w.ended = w.writable === false;
      w.ending = w.writable === false;
      w.finished = w.writable === false;
    }
  }

  // An error inside the stream machinery: destroys the stream when it
  // auto-destroys, else records it and emits 'error' (on the next tick
  // when sync).
  function errorOrDestroy(stream, err, sync) {
    const r = stream._readableState;
    const w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
      stream.destroy(err);
    } else if (err) {
      markErrored(err, w, r);
      if (sync) nextTick(emitErrorNT, stream, err);
      else emitErrorNT(stream, err);
    }
  }

  // Runs stream._construct (if any) on the next tick; cb runs once it
  // has called back without error. A Duplex registers once for both sides.
  function construct(stream, cb) {
    if (typeof stream._construct !== 'function') return;
    const r = stream._readableState;
    const w = stream._writableState;
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    stream.once(kConstruct, cb);
    if (stream.listenerCount(kConstruct) > 1) return;
    nextTick(constructNT, stream);
  }

  function constructNT(stream) {
    let called = false;
    function onConstruct(err) {
      if (called) {
        errorOrDestroy(stream, err ?? ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      const r = stream._readableState;
      const w = stream._writableState;
      const state = w || r;
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      if (state.destroyed) stream.emit(kDestroy, err);
      else if (err) errorOrDestroy(stream, err, true);
      else nextTick(() => stream.emit(kConstruct));
    }
    try {
      stream._construct((err) => { nextTick(onConstruct, err); });
    } catch (err) {
      nextTick(onConstruct, err);
    }
  }

  // Destroys any stream-like thing: Node streams, http requests, legacy
  // streams with only close(); an unfinished stream gets an AbortError.
  function destroyer(stream, err) {
    if (!stream || isDestroyed(stream)) return;
    if (!err && !isFinished(stream)) err = new AbortError();
    if (isServerRequest(stream)) {
      stream.socket = null;
      stream.destroy(err);
    } else if (isRequest(stream)) {
      stream.abort();
    } else if (isRequest(stream.req)) {
      stream.req.abort();
    } else if (typeof stream.destroy === 'function') {
      stream.destroy(err);
    } else if (typeof stream.close === 'function') {
      stream.close();
    } else if (err) {
      nextTick(() => stream.emit('error', err));
    } else {
      nextTick(() => stream.emit('close'));
    }
    if (!stream.destroyed) stream[kIsDestroyed] = true;
  }

  module.exports = {
    construct, destroyer, destroy, undestroy, errorOrDestroy, kDestroy,
    kConstruct,
  };
});
