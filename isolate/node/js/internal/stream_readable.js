// node:internal/stream_readable: Readable, the source side of a stream:
// a buffer of chunks filled by push() from _read(), drained by read(n) in
// paused mode or by 'data' events in flowing mode, ending with 'end' once
// push(null) was read out. Event order and tick timing follow Node 20.
// pipe()/unpipe(), wrap() and async iteration live in
// stream_readable_pipe.js, Readable.from in stream_from.js.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const { Stream } = require('node:internal/stream_legacy');
  const destroyImpl = require('node:internal/stream_destroy');
  const { getHighWaterMark, getDefaultHighWaterMark, isArrayBufferView, toBuffer, getBuffer, isBuffer } =
    require('node:internal/stream_state');
  const {
    codes: {
      ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE,
      ERR_STREAM_PUSH_AFTER_EOF, ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    },
  } = require('node:internal/stream_errors');
  const { errorOrDestroy } = destroyImpl;

  const kPaused = Symbol('kPaused');
  // Set by on('data'), cleared when removeListener takes the last 'data'
  // listener (removeAllListeners leaves it set, as in Node).
  const kDataListening = Symbol('kDataListening');
  let StringDecoder;
  let Duplex;
  let addAbortSignal;
  const lazyDuplex = () => Duplex ??= require('node:internal/stream_duplex').Duplex;

  // The state of a Readable, kept as _readableState (libraries read its
  // fields: ended, flowing, length, objectMode, pipes...).
  function ReadableState(options, stream, isDuplex) {
    if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();
    this.objectMode = !!(options && options.objectMode);
    if (isDuplex) {
      this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
    }
    this.highWaterMark = options ?
      getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
      getDefaultHighWaterMark(false);
    this.buffer = [];
    this.length = 0;
    this.pipes = [];
    this.flowing = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.constructed = true;
    // True while _read() runs: data pushed then is buffered, not emitted.
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this[kPaused] = null;
    this[kDataListening] = false;
    this.errorEmitted = false;
    this.emitClose = !options || options.emitClose !== false;
    this.autoDestroy = !options || options.autoDestroy !== false;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
    this.awaitDrainWriters = null;
    this.multiAwaitDrain = false;
    this.readingMore = false;
    this.dataEmitted = false;
    this.decoder = null;
    this.encoding = null;
    if (options && options.encoding) {
      StringDecoder ??= require('node:string_decoder').StringDecoder;
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }
  Object.defineProperty(ReadableState.prototype, 'pipesCount', {
    configurable: true,
    get() { return this.pipes.length; },
  });
  Object.defineProperty(ReadableState.prototype, 'paused', {
    configurable: true,
    get() { return this[kPaused] === true; },
    set(value) { this[kPaused] = !!value; },
  });

  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    const isDuplex = this instanceof lazyDuplex();
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal && !isDuplex) {
        addAbortSignal ??= require('node:internal/stream_end_of_stream').addAbortSignalNoValidate;
        addAbortSignal(options.signal, this);
      }
    }
    Reflect.apply(Stream, this, [options]);
    destroyImpl.construct(this, () => onReadableConstructed(this));
  }

  function onReadableConstructed(stream) {
    const state = stream._readableState;
    if (state.needReadable) maybeReadMore(stream, state);
  }
  Object.setPrototypeOf(Readable.prototype, Stream.prototype);
  Object.setPrototypeOf(Readable, Stream);
  Readable.ReadableState = ReadableState;

  Readable.prototype.destroy = destroyImpl.destroy;
  Readable.prototype._undestroy = destroyImpl.undestroy;
  Readable.prototype._destroy = function (err, cb) { cb(err); };

  const captureRejection = Symbol.for('nodejs.rejection');
  Readable.prototype[captureRejection] = function (err) { this.destroy(err); };

  Readable.prototype.push = function (chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, false);
  };
  Readable.prototype.unshift = function (chunk, encoding) {
    return readableAddChunk(this, chunk, encoding, true);
  };

  function readableAddChunk(stream, chunk, encoding, addToFront) {
    const state = stream._readableState;
    let err;
    if (!state.objectMode) {
      if (typeof chunk === 'string') {
        const Buffer = getBuffer();
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
          if (addToFront && state.encoding) {
            // Unshifted text goes back in the decoder's encoding.
            chunk = Buffer.from(chunk, encoding).toString(state.encoding);
          } else {
            chunk = Buffer.from(chunk, encoding);
            encoding = '';
          }
        }
      } else if (isBuffer(chunk)) {
        encoding = '';
      } else if (isArrayBufferView(chunk)) {
        chunk = toBuffer(chunk);
        encoding = '';
      } else if (chunk != null) {
        err = ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    if (err) {
      errorOrDestroy(stream, err);
      return false;
    } else if (chunk === null) {
      state.reading = false;
      onEofChunk(stream, state);
    } else if (state.objectMode || (chunk && chunk.length > 0)) {
      if (addToFront) {
        if (state.endEmitted) {
          errorOrDestroy(stream, ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
        } else if (state.destroyed || state.errored) {
          return false;
        } else {
          addChunk(stream, state, chunk, true);
        }
      } else if (state.ended) {
        errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        state.reading = false;
        if (state.decoder && !encoding) {
          chunk = state.decoder.write(chunk);
          if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
          else maybeReadMore(stream, state);
        } else {
          addChunk(stream, state, chunk, false);
        }
      }
    } else if (!addToFront) {
      state.reading = false;
      maybeReadMore(stream, state);
    }
    // More is welcome while under the high-water mark (or empty).
    return !state.ended &&
      (state.length < state.highWaterMark || state.length === 0);
  }

  function addChunk(stream, state, chunk, addToFront) {
    if (state.flowing && state.length === 0 && !state.sync && state[kDataListening]) {
      // Flowing with nothing buffered: straight to the listeners.
      if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
      else state.awaitDrainWriters = null;
      state.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      state.length += state.objectMode ? 1 : chunk.length;
      if (addToFront) state.buffer.unshift(chunk);
      else state.buffer.push(chunk);
      if (state.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, state);
  }

  Readable.prototype.isPaused = function () {
    const state = this._readableState;
    return state[kPaused] === true || state.flowing === false;
  };

  Readable.prototype.setEncoding = function (enc) {
    StringDecoder ??= require('node:string_decoder').StringDecoder;
    const decoder = new StringDecoder(enc);
    const state = this._readableState;
    state.decoder = decoder;
    state.encoding = decoder.encoding;
    // What is buffered already is decoded now.
    let content = '';
    for (const data of state.buffer) content += decoder.write(data);
    state.buffer.length = 0;
    if (content !== '') state.buffer.push(content);
    state.length = content.length;
    return this;
  };

  const MAX_HWM = 0x40000000;
  function computeNewHighWaterMark(n) {
    if (n > MAX_HWM) throw ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
    // The next power of two.
    n--;
    n |= n >>> 1;
    n |= n >>> 2;
    n |= n >>> 4;
    n |= n >>> 8;
    n |= n >>> 16;
    n++;
    return n;
  }

  // How much read(n) returns now, given what is buffered.
  function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    if (Number.isNaN(n)) {
      // read(): in flowing mode one chunk at a time, else everything.
      if (state.flowing && state.length) return state.buffer[0].length;
      return state.length;
    }
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  Readable.prototype.read = function (n) {
    if (n === undefined) {
      n = NaN;
    } else if (!Number.isInteger(n)) {
      n = Number.parseInt(n, 10);
    }
    const state = this._readableState;
    const nOrig = n;
    if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
    if (n !== 0) state.emittedReadable = false;

    // read(0) with enough buffered (or at the end): only a 'readable'
    // (or 'end') is due.
    if (n === 0 && state.needReadable &&
        ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark :
          state.length > 0) || state.ended)) {
      if (state.length === 0 && state.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }

    n = howMuchToRead(n, state);
    if (n === 0 && state.ended) {
      if (state.length === 0) endReadable(this);
      return null;
    }

    // Ask _read() for more when the buffer falls under the high-water
    // mark, unless it is already reading, ended or not constructed yet.
    let doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
    if (state.ended || state.reading || state.destroyed || state.errored ||
        !state.constructed) {
      doRead = false;
    } else if (doRead) {
      state.reading = true;
      state.sync = true;
      if (state.length === 0) state.needReadable = true;
      try {
        this._read(state.highWaterMark);
      } catch (err) {
        errorOrDestroy(this, err);
      }
      state.sync = false;
      // A synchronous push may have changed what can be returned.
      if (!state.reading) n = howMuchToRead(nOrig, state);
    }

    let ret = n > 0 ? fromList(n, state) : null;
    if (ret === null) {
      // (Only ever set here, never cleared, as in Node 20.)
      if (state.length <= state.highWaterMark) state.needReadable = true;
      n = 0;
    } else {
      state.length -= n;
      if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
      else state.awaitDrainWriters = null;
    }

    if (state.length === 0) {
      if (!state.ended) state.needReadable = true;
      if (nOrig !== n && state.ended) endReadable(this);
    }

    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
      state.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };

  // Takes n bytes (or characters, or one object) off the front of the
  // buffer; the caller adjusts state.length.
  function fromList(n, state) {
    if (state.length === 0) return null;
    const buffer = state.buffer;
    let ret;
    if (state.objectMode) {
      ret = buffer.shift();
    } else if (!n || n >= state.length) {
      if (state.decoder) ret = buffer.join('');
      else if (buffer.length === 1) ret = buffer[0];
      else ret = getBuffer().concat(buffer, state.length);
      buffer.length = 0;
    } else {
      ret = consumeFromBuffer(n, buffer, !!state.decoder);
    }
    return ret;
  }

  function consumeFromBuffer(n, buffer, isString) {
    const first = buffer[0];
    if (n < first.length) {
      buffer[0] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return buffer.shift();
    if (isString) {
      let ret = '';
      while (n > 0) {
        const str = buffer[0];
        if (n >= str.length) {
          ret += str;
          n -= str.length;
          buffer.shift();
        } else {
          ret += str.slice(0, n);
          buffer[0] = str.slice(n);
          n = 0;
        }
      }
      return ret;
    }
    const ret = getBuffer().allocUnsafe(n);
    let offset = 0;
    while (offset < n) {
      const buf = buffer[0];
      const want = n - offset;
      if (want >= buf.length) {
        ret.set(buf, offset);
        offset += buf.length;
        buffer.shift();
      } else {
        ret.set(new Uint8Array(buf.buffer, buf.byteOffset, want), offset);
        buffer[0] = buf.slice(want);
        offset = n;
      }
    }
    return ret;
  }

  function onEofChunk(stream, state) {
    if (state.ended) return;
    if (state.decoder) {
      const chunk = state.decoder.end();
      if (chunk && chunk.length) {
        state.buffer.push(chunk);
        state.length += state.objectMode ? 1 : chunk.length;
      }
    }
    state.ended = true;
    if (state.sync) {
      // Pushed from inside _read(): 'readable' on the next tick.
      emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadableNT(stream);
    }
  }

  function emitReadable(stream) {
    const state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(emitReadableNT, stream);
    }
  }

  function emitReadableNT(stream) {
    const state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit('readable');
      state.emittedReadable = false;
    }
    // Another 'readable' is due later unless flowing or ended (the flag
    // is only ever set here, as in Node 20).
    if (!state.flowing && !state.ended && state.length <= state.highWaterMark) {
      state.needReadable = true;
    }
    flow(stream);
  }

  // Reads ahead (on a later tick) up to the high-water mark.
  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(maybeReadMoreNT, stream, state);
    }
  }

  function maybeReadMoreNT(stream, state) {
    while (!state.reading && !state.ended &&
           (state.length < state.highWaterMark ||
            (state.flowing && state.length === 0))) {
      const len = state.length;
      stream.read(0);
      if (len === state.length) break;  // nothing came
    }
    state.readingMore = false;
  }

  Readable.prototype._read = function (n) {
    throw ERR_METHOD_NOT_IMPLEMENTED('_read()');
  };

  Readable.prototype.on = function (ev, fn) {
    const res = Reflect.apply(Stream.prototype.on, this, [ev, fn]);
    const state = this._readableState;
    if (ev === 'data') {
      state[kDataListening] = true;
      if (this.listenerCount('readable') > 0) state.readableListening = true;
      // A 'data' listener starts the flow unless pause() was called.
      if (state.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!state.endEmitted && !state.readableListening) {
        state.readableListening = state.needReadable = true;
        state.flowing = false;
        state.emittedReadable = false;
        if (state.length) emitReadable(this);
        else if (!state.reading) nextTick(nReadingNextTick, this);
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;

  Readable.prototype.removeListener = function (ev, fn) {
    const res = Reflect.apply(Stream.prototype.removeListener, this, [ev, fn]);
    if (ev === 'readable') {
      nextTick(updateReadableListening, this);
    } else if (ev === 'data' && this.listenerCount('data') === 0) {
      this._readableState[kDataListening] = false;
    }
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;

  Readable.prototype.removeAllListeners = function (ev) {
    const res = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
    if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
    return res;
  };

  function updateReadableListening(self) {
    const state = self._readableState;
    state.readableListening = self.listenerCount('readable') > 0;
    if (state.resumeScheduled && state[kPaused] === false) {
      state.flowing = true;
    } else if (state[kDataListening]) {
      self.resume();
    } else if (!state.readableListening) {
      state.flowing = null;
    }
  }

  function nReadingNextTick(self) {
    self.read(0);
  }

  Readable.prototype.resume = function () {
    const state = this._readableState;
    if (!state.flowing) {
      // With 'readable' listeners the stream stays in paused mode.
      state.flowing = !state.readableListening;
      if (!state.resumeScheduled) {
        state.resumeScheduled = true;
        nextTick(resumeNT, this, state);
      }
    }
    state[kPaused] = false;
    return this;
  };

  function resumeNT(stream, state) {
    if (!state.reading) stream.read(0);
    state.resumeScheduled = false;
    stream.emit('resume');
    flow(stream);
    if (state.flowing && !state.reading) stream.read(0);
  }

  Readable.prototype.pause = function () {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    state[kPaused] = true;
    return this;
  };

  function flow(stream) {
    const state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }

  function endReadable(stream) {
    const state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(endReadableNT, state, stream);
    }
  }

  function endReadableNT(state, stream) {
    if (!state.errored && !state.closeEmitted && !state.endEmitted &&
        state.length === 0) {
      state.endEmitted = true;
      stream.emit('end');
      if (stream.writable && stream.allowHalfOpen === false) {
        nextTick(endWritableNT, stream);
      } else if (state.autoDestroy) {
        // Destroy once the writable side (if any) is done too.
        const wState = stream._writableState;
        const autoDestroy = !wState ||
          (wState.autoDestroy && (wState.finished || wState.writable === false));
        if (autoDestroy) stream.destroy();
      }
    }
  }

  function endWritableNT(stream) {
    const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
    if (writable) stream.end();
  }

  function defineGetters(proto, getters) {
    for (const [name, desc] of Object.entries(getters)) {
      Object.defineProperty(proto, name, {
        enumerable: false, configurable: true, ...desc,
      });
    }
  }

  defineGetters(Readable.prototype, {
    readable: {
      get() {
        const r = this._readableState;
        return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted &&
          !r.endEmitted;
      },
      set(val) {
        if (this._readableState) this._readableState.readable = !!val;
      },
    },
    readableDidRead: {
      get() { return this._readableState.dataEmitted; },
    },
    readableAborted: {
      get() {
        const r = this._readableState;
        return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
      },
    },
    readableHighWaterMark: {
      get() { return this._readableState.highWaterMark; },
    },
    readableBuffer: {
      get() { return this._readableState && this._readableState.buffer; },
    },
    readableFlowing: {
      get() { return this._readableState.flowing; },
      set(state) {
        if (this._readableState) this._readableState.flowing = state;
      },
    },
    readableLength: {
      get() { return this._readableState.length; },
    },
    readableObjectMode: {
      get() { return this._readableState ? this._readableState.objectMode : false; },
    },
    readableEncoding: {
      get() { return this._readableState ? this._readableState.encoding : null; },
    },
    errored: {
      get() { return this._readableState ? this._readableState.errored : null; },
    },
    closed: {
      get() { return this._readableState ? this._readableState.closed : false; },
    },
    destroyed: {
      get() { return this._readableState ? this._readableState.destroyed : false; },
      set(value) {
        if (!this._readableState) return;
        this._readableState.destroyed = value;
      },
    },
    readableEnded: {
      get() { return this._readableState ? this._readableState.endEmitted : false; },
    },
  });

  Readable._fromList = fromList;

  module.exports = {
    Readable, ReadableState, kPaused, defineGetters, flow, emitReadable,
    onReadableConstructed,
  };
  require('node:internal/stream_readable_pipe');
});
