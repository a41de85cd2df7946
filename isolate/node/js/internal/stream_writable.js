// node:internal/stream_writable: Writable, the sink side of a stream:
// write() hands one chunk at a time to _write() (or a batch to _writev()
// after cork/uncork), buffering the rest; write() returns false past the
// high-water mark and 'drain' follows once the buffer empties; end() runs
// _final(), then 'finish', then (autoDestroy) 'close'. Callbacks and events
// keep Node 20's tick timing.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const { Stream } = require('node:internal/stream_legacy');
  const destroyImpl = require('node:internal/stream_destroy');
  const { getHighWaterMark, getDefaultHighWaterMark, isArrayBufferView, toBuffer, getBuffer, isBuffer } =
    require('node:internal/stream_state');
  const {
    codes: {
      ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK,
      ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_CANNOT_PIPE,
      ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END,
      ERR_UNKNOWN_ENCODING,
    },
  } = require('node:internal/stream_errors');
  const { errorOrDestroy } = destroyImpl;

  const kOnFinished = Symbol('kOnFinished');
  // A _write() is under way and its callback not yet called.
  const kExpectWriteCb = Symbol('kExpectWriteCb');
  // An afterWrite() tick for callback-less writes is queued.
  const kAfterWritePending = Symbol('kAfterWritePending');
  let Duplex;
  let addAbortSignal;
  const lazyDuplex = () => Duplex ??= require('node:internal/stream_duplex').Duplex;

  function nop() {}

  // The state of a Writable, kept as _writableState.
  function WritableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();
    this.objectMode = !!(options && options.objectMode);
    if (isDuplex) {
      this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
    }
    this.highWaterMark = options ?
      getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
      getDefaultHighWaterMark(false);
    this.finalCalled = false;
    this.needDrain = false;
    this.ending = false;      // end() was called
    this.ended = false;       // end() returned
    this.finished = false;    // 'finish' was emitted
    this.destroyed = false;
    this.decodeStrings = !(options && options.decodeStrings === false);
    const defaultEncoding = options ? options.defaultEncoding : null;
    if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
      this.defaultEncoding = 'utf8';
    } else if (getBuffer().isEncoding(defaultEncoding)) {
      this.defaultEncoding = defaultEncoding;
    } else {
      throw ERR_UNKNOWN_ENCODING(defaultEncoding);
    }
    this.length = 0;          // bytes (objects) not yet written
    this.writing = false;
    this.corked = 0;
    // True while _write() runs: its callback then defers to the next tick.
    this.sync = true;
    this.bufferProcessing = false;
    this.onwrite = onwrite.bind(undefined, stream);
    this.writecb = null;
    this.writelen = 0;
    this.afterWriteTickInfo = null;
    this[kExpectWriteCb] = false;
    this[kAfterWritePending] = false;
    resetBuffer(this);
    this.pendingcb = 0;
    this.constructed = true;
    this.prefinished = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this[kOnFinished] = [];
  }

  function resetBuffer(state) {
    state.buffered = [];
    state.bufferedIndex = 0;
    state.allBuffers = true;
    state.allNoop = true;
  }

  WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
  };
  Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    configurable: true,
    get() { return this.buffered.length - this.bufferedIndex; },
  });

  function Writable(options) {
    const isDuplex = this instanceof lazyDuplex();
    if (!isDuplex && !Reflect.apply(Function.prototype[Symbol.hasInstance], Writable, [this])) {
      return new Writable(options);
    }
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) {
        addAbortSignal ??= require('node:internal/stream_end_of_stream').addAbortSignalNoValidate;
        addAbortSignal(options.signal, this);
      }
    }
    Reflect.apply(Stream, this, [options]);
    destroyImpl.construct(this, () => onWritableConstructed(this));
  }

  function onWritableConstructed(stream) {
    const state = stream._writableState;
    if (!state.writing) clearBuffer(stream, state);
    finishMaybe(stream, state);
  }
  Object.setPrototypeOf(Writable.prototype, Stream.prototype);
  Object.setPrototypeOf(Writable, Stream);
  Writable.WritableState = WritableState;

  // A Duplex is a Writable too (Writable's methods are mixed into it).
  Object.defineProperty(Writable, Symbol.hasInstance, {
    configurable: true,
    value(object) {
      if (Reflect.apply(Function.prototype[Symbol.hasInstance], this, [object])) return true;
      if (this !== Writable) return false;
      return !!(object && object._writableState instanceof WritableState);
    },
  });

  Writable.prototype.pipe = function () {
    errorOrDestroy(this, ERR_STREAM_CANNOT_PIPE());
  };

  function isEncoding(encoding) {
    return getBuffer().isEncoding(encoding);
  }

  function writeImpl(stream, chunk, encoding, cb) {
    const state = stream._writableState;
    if (typeof cb !== 'function') cb = nop;
    if (chunk === null) throw ERR_STREAM_NULL_VALUES();
    if (!state.objectMode) {
      if (!encoding) encoding = state.defaultEncoding;
      else if (encoding !== 'buffer' && !isEncoding(encoding)) throw ERR_UNKNOWN_ENCODING(encoding);
      if (typeof chunk === 'string') {
        if (state.decodeStrings !== false) {
          chunk = getBuffer().from(chunk, encoding);
          encoding = 'buffer';
        }
      } else if (isBuffer(chunk)) {
        encoding = 'buffer';
      } else if (isArrayBufferView(chunk)) {
        chunk = toBuffer(chunk);
        encoding = 'buffer';
      } else {
        throw ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    let err;
    if (state.ending) err = ERR_STREAM_WRITE_AFTER_END();
    else if (state.destroyed) err = ERR_STREAM_DESTROYED('write');
    if (err) {
      nextTick(cb, err);
      errorOrDestroy(stream, err, true);
      return err;
    }
    state.pendingcb++;
    return writeOrBuffer(stream, state, chunk, encoding, cb);
  }

  Writable.prototype.write = function (chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    return writeImpl(this, chunk, encoding, cb) === true;
  };

  Writable.prototype.cork = function () {
    this._writableState.corked++;
  };

  Writable.prototype.uncork = function () {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.writing) clearBuffer(this, state);
    }
  };

  Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!isEncoding(encoding)) throw ERR_UNKNOWN_ENCODING(encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  // Writes now if nothing else is being written, else queues.
  function writeOrBuffer(stream, state, chunk, encoding, callback) {
    const len = state.objectMode ? 1 : chunk.length;
    state.length += len;
    if (state.writing || state.corked || state.errored || !state.constructed) {
      state.buffered.push({ chunk, encoding, callback });
      if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
      if (state.allNoop && callback !== nop) state.allNoop = false;
    } else {
      state.writelen = len;
      if (callback !== nop) state.writecb = callback;
      state.writing = true;
      state.sync = true;
      state[kExpectWriteCb] = true;
      stream._write(chunk, encoding, state.onwrite);
      state.sync = false;
    }
    const ret = state.length < state.highWaterMark || state.length === 0;
    if (!ret) state.needDrain = true;
    // false when errored or destroyed, to stop while (write()) loops.
    return ret && !state.errored && !state.destroyed;
  }

  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    if (cb !== nop) state.writecb = cb;
    state.writing = true;
    state.sync = true;
    state[kExpectWriteCb] = true;
    if (state.destroyed) state.onwrite(ERR_STREAM_DESTROYED('write'));
    else if (writev) stream._writev(chunk, state.onwrite);
    else stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    errorBuffer(state);
    errorOrDestroy(stream, er);
  }

  // The callback _write() gets.
  function onwrite(stream, er) {
    const state = stream._writableState;
    if (!state[kExpectWriteCb]) {
      errorOrDestroy(stream, ERR_MULTIPLE_CALLBACK());
      return;
    }
    const sync = state.sync;
    const cb = typeof state.writecb === 'function' ? state.writecb : nop;
    state.writecb = null;
    state.writing = false;
    state[kExpectWriteCb] = false;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      er.stack;  // eslint-disable-line no-unused-expressions
      if (!state.errored) state.errored = er;
      if (stream._readableState && !stream._readableState.errored) {
        stream._readableState.errored = er;
      }
      if (sync) nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
      return;
    }
    if (state.buffered.length > 0) clearBuffer(stream, state);
    if (!sync) {
      afterWrite(stream, state, 1, cb);
      return;
    }
    // A synchronous completion defers callbacks and 'drain' to a tick;
    // callback-less byte writes that need neither complete at once
    // (Node 20's test reads `flags & kDestroyed !== 0`, i.e. objectMode).
    const needDrain = state.needDrain && state.length === 0;
    const needTick = needDrain || state.objectMode || cb !== nop;
    if (cb === nop) {
      if (!state[kAfterWritePending] && needTick) {
        nextTick(afterWrite, stream, state, 1, cb);
        state[kAfterWritePending] = true;
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
      // Several synchronous writes with one callback share one tick.
      state.afterWriteTickInfo.count++;
    } else {
      state.afterWriteTickInfo = { count: 1, cb, stream, state };
      nextTick(afterWriteTick, state.afterWriteTickInfo);
      state[kAfterWritePending] = true;
    }
  }

  function afterWriteTick({ stream, state, count, cb }) {
    state.afterWriteTickInfo = null;
    return afterWrite(stream, state, count, cb);
  }

  function afterWrite(stream, state, count, cb) {
    state[kAfterWritePending] = false;
    const needDrain = !state.ending && !state.destroyed && state.needDrain &&
      state.length === 0;
    if (needDrain) {
      state.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) {
      state.pendingcb--;
      cb(null);
    }
    if (state.destroyed) errorBuffer(state);
    if (state.ending) finishMaybe(stream, state, true);
  }

  // Fails every queued write (and end() callback) of a destroyed stream.
  function errorBuffer(state) {
    if (state.writing) return;
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state.buffered[n];
      const len = state.objectMode ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored ?? ERR_STREAM_DESTROYED('write'));
    }
    const onfinishCallbacks = state[kOnFinished].splice(0);
    for (let i = 0; i < onfinishCallbacks.length; i++) {
      onfinishCallbacks[i](state.errored ?? ERR_STREAM_DESTROYED('end'));
    }
    resetBuffer(state);
  }

  // Writes what was queued: all at once through _writev when there is
  // one and more than one chunk waits, else one by one.
  function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) {
      return;
    }
    const { buffered, bufferedIndex, objectMode } = state;
    const bufferedLength = buffered.length - bufferedIndex;
    if (!bufferedLength) return;
    let i = bufferedIndex;
    state.bufferProcessing = true;
    if (bufferedLength > 1 && stream._writev) {
      state.pendingcb -= bufferedLength - 1;
      const callback = state.allNoop ? nop : (err) => {
        for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
      };
      const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
      chunks.allBuffers = state.allBuffers;
      doWrite(stream, state, true, state.length, chunks, '', callback);
      resetBuffer(state);
    } else {
      do {
        const { chunk, encoding, callback } = buffered[i];
        buffered[i++] = null;
        const len = objectMode ? 1 : chunk.length;
        doWrite(stream, state, false, len, chunk, encoding, callback);
      } while (i < buffered.length && !state.writing);
      if (i === buffered.length) {
        resetBuffer(state);
      } else if (i > 256) {
        buffered.splice(0, i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
    state.bufferProcessing = false;
  }

  Writable.prototype._write = function (chunk, encoding, cb) {
    if (this._writev) {
      this._writev([{ chunk, encoding }], cb);
    } else {
      throw ERR_METHOD_NOT_IMPLEMENTED('_write()');
    }
  };

  Writable.prototype._writev = null;

  Writable.prototype.end = function (chunk, encoding, cb) {
    const state = this._writableState;
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    let err;
    if (chunk != null) {
      const ret = writeImpl(this, chunk, encoding);
      if (ret instanceof Error) err = ret;
    }
    // end() uncorks completely.
    if (state.corked) {
      state.corked = 1;
      this.uncork();
    }
    if (err) {
      // The write's error is reported already.
    } else if (!state.errored && !state.ending) {
      state.ending = true;
      finishMaybe(this, state, true);
      state.ended = true;
    } else if (state.finished) {
      err = ERR_STREAM_ALREADY_FINISHED('end');
    } else if (state.destroyed) {
      err = ERR_STREAM_DESTROYED('end');
    }
    if (typeof cb === 'function') {
      if (err) nextTick(cb, err);
      else if (state.errored) nextTick(cb, state.errored);
      else if (state.finished) nextTick(cb, null);
      else state[kOnFinished].push(cb);
    }
    return this;
  };

  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed &&
      state.length === 0 && !state.errored && state.buffered.length === 0 &&
      !state.finished && !state.writing && !state.errorEmitted &&
      !state.closeEmitted;
  }

  // The callback _final() gets (a second call after success is an error).
  function onFinal(stream, state, err) {
    if (state.prefinished) {
      errorOrDestroy(stream, err ?? ERR_MULTIPLE_CALLBACK());
      return;
    }
    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = state[kOnFinished].splice(0);
      for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }

  function prefinish(stream, state) {
    if (state.prefinished || state.finalCalled) return;
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      state.sync = true;
      state.pendingcb++;
      try {
        stream._final((err) => onFinal(stream, state, err));
      } catch (err) {
        onFinal(stream, state, err);
      }
      state.sync = false;
    } else {
      state.finalCalled = true;
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }

  function finishMaybe(stream, state, sync) {
    if (needFinish(state)) {
      prefinish(stream, state);
      if (state.pendingcb === 0) {
        if (sync) {
          state.pendingcb++;
          nextTick((stream, state) => {
            if (needFinish(state)) finish(stream, state);
            else state.pendingcb--;
          }, stream, state);
        } else if (needFinish(state)) {
          state.pendingcb++;
          finish(stream, state);
        }
      }
    }
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    const onfinishCallbacks = state[kOnFinished].splice(0);
    for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](null);
    stream.emit('finish');
    if (state.autoDestroy) {
      // Destroy once the readable side (if any) has ended too.
      const rState = stream._readableState;
      const autoDestroy = !rState ||
        (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
      if (autoDestroy) stream.destroy();
    }
  }

  const { defineGetters } = require('node:internal/stream_readable');
  defineGetters(Writable.prototype, {
    closed: {
      get() { return this._writableState ? this._writableState.closed : false; },
    },
    destroyed: {
      get() { return this._writableState ? this._writableState.destroyed : false; },
      set(value) {
        if (this._writableState) this._writableState.destroyed = value;
      },
    },
    writable: {
      get() {
        const w = this._writableState;
        return !!w && w.writable !== false && !w.destroyed && !w.errored &&
          !w.ending && !w.ended;
      },
      set(val) {
        if (this._writableState) this._writableState.writable = !!val;
      },
    },
    writableFinished: {
      get() { return this._writableState ? this._writableState.finished : false; },
    },
    writableObjectMode: {
      get() { return this._writableState ? this._writableState.objectMode : false; },
    },
    writableBuffer: {
      get() { return this._writableState && this._writableState.getBuffer(); },
    },
    writableEnded: {
      get() { return this._writableState ? this._writableState.ending : false; },
    },
    writableNeedDrain: {
      get() {
        const w = this._writableState;
        if (!w) return false;
        return !w.destroyed && !w.ending && w.needDrain;
      },
    },
    writableHighWaterMark: {
      get() { return this._writableState && this._writableState.highWaterMark; },
    },
    writableCorked: {
      get() { return this._writableState ? this._writableState.corked : 0; },
    },
    writableLength: {
      get() { return this._writableState && this._writableState.length; },
    },
    errored: {
      get() { return this._writableState ? this._writableState.errored : null; },
    },
    writableAborted: {
      get() {
        const w = this._writableState;
        return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
      },
    },
  });

  const destroy = destroyImpl.destroy;
  Writable.prototype.destroy = function (err, cb) {
    const state = this._writableState;
    // Queued writes and end() callbacks fail on the next tick.
    if (!state.destroyed && (state.buffered.length > 0 || state[kOnFinished].length > 0)) {
      nextTick(errorBuffer, state);
    }
    Reflect.apply(destroy, this, [err, cb]);
    return this;
  };
  Writable.prototype._undestroy = destroyImpl.undestroy;
  Writable.prototype._destroy = function (err, cb) { cb(err); };
  Writable.prototype[Symbol.for('nodejs.rejection')] = function (err) { this.destroy(err); };

  module.exports = { Writable, WritableState, kOnFinished, onWritableConstructed };
});
