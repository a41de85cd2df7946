// node:stream: Node's streams (Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished, addAbortSignal, compose...). The
// export is the legacy Stream class with everything else on it, as in
// Node. The parts live in node:internal/stream_*.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { Stream } = require('node:internal/stream_legacy');
  const { Readable } = require('node:internal/stream_readable');
  const { Writable } = require('node:internal/stream_writable');
  const { Duplex, Transform, PassThrough } = require('node:internal/stream_duplex');
  const { compose } = require('node:internal/stream_duplexify');
  const from = require('node:internal/stream_from');
  const { pipeline } = require('node:internal/stream_pipeline');
  const eosModule = require('node:internal/stream_end_of_stream');
  const { eos, addAbortSignal } = eosModule;
  const destroyImpl = require('node:internal/stream_destroy');
  const utils = require('node:internal/stream_utils');
  const state = require('node:internal/stream_state');
  const promises = require('node:stream/promises');
  require('node:internal/stream_operators');
  require('node:internal/stream_web');

  Readable.from = function (iterable, opts) {
    return from(Readable, iterable, opts);
  };

  Stream.isDestroyed = utils.isDestroyed;
  Stream.isDisturbed = utils.isDisturbed;
  Stream.isErrored = utils.isErrored;
  Stream.isReadable = utils.isReadable;
  Stream.isWritable = utils.isWritable;
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.duplexPair = duplexPair;
  Stream.pipeline = pipeline;
  Stream.addAbortSignal = addAbortSignal;
  Stream.finished = eos;
  Stream.destroy = destroyImpl.destroyer;
  Stream.compose = compose;
  Stream.setDefaultHighWaterMark = state.setDefaultHighWaterMark;
  Stream.getDefaultHighWaterMark = state.getDefaultHighWaterMark;

  Object.defineProperty(Stream, 'promises', {
    configurable: true,
    enumerable: true,
    get() { return promises; },
  });
  Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true,
    get() { return promises.pipeline; },
  });
  Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), {
    enumerable: true,
    get() { return promises.finished; },
  });

  // Backwards compatibility with the old require('stream').Stream.
  Stream.Stream = Stream;
  Stream._isArrayBufferView = state.isArrayBufferView;
  Stream._isUint8Array = state.isUint8Array;
  Stream._uint8ArrayToBuffer = function (chunk) {
    return state.getBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  };

  // Two Duplexes, each reading what the other writes.
  function duplexPair(options) {
    const kCallback = Symbol('kCallback');
    class DuplexSide extends Duplex {
      constructor(opts) {
        super(opts);
        this[kCallback] = null;
        this.other = null;
      }
      _read() {
        const callback = this[kCallback];
        if (callback) {
          this[kCallback] = null;
          callback();
        }
      }
      _write(chunk, encoding, callback) {
        if (chunk.length === 0) {
          nextTickCall(callback);
        } else {
          this.other.push(chunk);
          this.other[kCallback] = callback;
        }
      }
      _final(callback) {
        this.other.on('end', callback);
        this.other.push(null);
      }
    }
    const nextTickCall = (fn) => internals.nextTick(fn);
    const side0 = new DuplexSide(options);
    const side1 = new DuplexSide(options);
    side0.other = side1;
    side1.other = side0;
    return [side0, side1];
  }

  module.exports = Stream;
});
