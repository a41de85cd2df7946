// node:internal/stream_duplex: Duplex (a Readable that is also a
// Writable: Writable's methods are mixed in, `instanceof Writable` holds),
// Transform (written chunks come out of the readable side through
// _transform, _flush at the end) and PassThrough.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    Readable, ReadableState, defineGetters, onReadableConstructed,
  } = require('node:internal/stream_readable');
  const {
    Writable, WritableState, onWritableConstructed,
  } = require('node:internal/stream_writable');
  const { Stream } = require('node:internal/stream_legacy');
  const destroyImpl = require('node:internal/stream_destroy');
  const { getHighWaterMark } = require('node:internal/stream_state');
  const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('node:internal/stream_errors');
  let addAbortSignal;

  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    this._readableState = new ReadableState(options, this, true);
    this._writableState = new WritableState(options, this, true);
    if (options) {
      this.allowHalfOpen = options.allowHalfOpen !== false;
      if (options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
      }
      if (options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
      if (typeof options.read === 'function') this._read = options.read;
      if (typeof options.write === 'function') this._write = options.write;
      if (typeof options.writev === 'function') this._writev = options.writev;
      if (typeof options.destroy === 'function') this._destroy = options.destroy;
      if (typeof options.final === 'function') this._final = options.final;
      if (typeof options.construct === 'function') this._construct = options.construct;
      if (options.signal) {
        addAbortSignal ??= require('node:internal/stream_end_of_stream').addAbortSignalNoValidate;
        addAbortSignal(options.signal, this);
      }
    } else {
      this.allowHalfOpen = true;
    }
    Reflect.apply(Stream, this, [options]);
    if (this._construct != null) {
      // Both sides wait for _construct(), the readable side first.
      destroyImpl.construct(this, () => {
        onReadableConstructed(this);
        onWritableConstructed(this);
      });
    }
  }
  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);

  for (const method of Object.keys(Writable.prototype)) {
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
  for (const key of ['writable', 'writableHighWaterMark', 'writableObjectMode',
    'writableBuffer', 'writableLength', 'writableFinished', 'writableCorked',
    'writableEnded', 'writableNeedDrain']) {
    Object.defineProperty(Duplex.prototype, key,
      Object.getOwnPropertyDescriptor(Writable.prototype, key));
  }
  // destroy(): Writable's, which also fails queued writes.
  Duplex.prototype.destroy = Writable.prototype.destroy;

  defineGetters(Duplex.prototype, {
    destroyed: {
      get() {
        if (this._readableState === undefined || this._writableState === undefined) {
          return false;
        }
        return this._readableState.destroyed && this._writableState.destroyed;
      },
      set(value) {
        if (this._readableState && this._writableState) {
          this._readableState.destroyed = value;
          this._writableState.destroyed = value;
        }
      },
    },
  });

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    // A readable high-water mark of 0 keeps the writable side at 0 too
    // unless it has its own.
    const readableHighWaterMark = options ?
      getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
    if (readableHighWaterMark === 0) {
      options = {
        ...options,
        highWaterMark: null,
        readableHighWaterMark,
        writableHighWaterMark: options.writableHighWaterMark || 0,
      };
    }
    Reflect.apply(Duplex, this, [options]);
    // Pushes from _transform come from outside _read: emit them at once.
    this._readableState.sync = false;
    this[kCallback] = null;
    if (options) {
      if (typeof options.transform === 'function') this._transform = options.transform;
      if (typeof options.flush === 'function') this._flush = options.flush;
    }
    this.on('prefinish', prefinish);
  }
  Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
  Object.setPrototypeOf(Transform, Duplex);

  const kCallback = Symbol('kCallback');

  function final(cb) {
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush((er, data) => {
        if (er) {
          if (cb) cb(er);
          else this.destroy(er);
          return;
        }
        if (data != null) this.push(data);
        this.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  }

  // A subclass with its own _final still flushes on 'prefinish'.
  function prefinish() {
    if (this._final !== final) Reflect.apply(final, this, []);
  }

  Transform.prototype._final = final;

  Transform.prototype._transform = function (chunk, encoding, callback) {
    throw ERR_METHOD_NOT_IMPLEMENTED('_transform()');
  };

  Transform.prototype._write = function (chunk, encoding, callback) {
    const rState = this._readableState;
    const wState = this._writableState;
    const length = rState.length;
    this._transform(chunk, encoding, (err, val) => {
      if (err) {
        callback(err);
        return;
      }
      if (val != null) this.push(val);
      if (wState.ended || length === rState.length ||
          rState.length < rState.highWaterMark) {
        callback();
      } else {
        // The readable side is full: the next write waits for a _read().
        this[kCallback] = callback;
      }
    });
  };

  Transform.prototype._read = function () {
    if (this[kCallback]) {
      const callback = this[kCallback];
      this[kCallback] = null;
      callback();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Reflect.apply(Transform, this, [options]);
  }
  Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
  Object.setPrototypeOf(PassThrough, Transform);

  PassThrough.prototype._transform = function (chunk, encoding, cb) {
    cb(null, chunk);
  };

  module.exports = { Duplex, Transform, PassThrough };
});
