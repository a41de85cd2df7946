// node:internal/stream_state: what Readable and Writable state share:
// high-water marks (options and the per-runtime defaults) and chunk
// conversion to Buffer.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    codes: { ERR_INVALID_ARG_VALUE }, validateInteger,
  } = require('node:internal/stream_errors');

  let defaultHighWaterMark = 16 * 1024;
  let defaultObjectHighWaterMark = 16;

  function getDefaultHighWaterMark(objectMode) {
    return objectMode ? defaultObjectHighWaterMark : defaultHighWaterMark;
  }

  function setDefaultHighWaterMark(objectMode, value) {
    validateInteger(value, 'value', 0);
    if (objectMode) defaultObjectHighWaterMark = value;
    else defaultHighWaterMark = value;
  }

  function highWaterMarkFrom(options, isDuplex, duplexKey) {
    return options.highWaterMark != null ? options.highWaterMark :
      isDuplex ? options[duplexKey] : null;
  }

  // options.highWaterMark (or, for one side of a Duplex, its own
  // readableHighWaterMark/writableHighWaterMark), else the default.
  function getHighWaterMark(state, options, duplexKey, isDuplex) {
    const hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
    if (hwm != null) {
      if (!Number.isInteger(hwm) || hwm < 0) {
        const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
        throw ERR_INVALID_ARG_VALUE(name, hwm);
      }
      return Math.floor(hwm);
    }
    return getDefaultHighWaterMark(state.objectMode);
  }

  let BufferClass;
  function getBuffer() {
    return BufferClass ??= require('node:buffer').Buffer;
  }

  // Without loading node:buffer for values that cannot be Buffers.
  let bufferMissing = false;
  function isBuffer(value) {
    if (!ArrayBuffer.isView(value) || bufferMissing) return false;
    try {
      return value instanceof getBuffer();
    } catch {
      bufferMissing = true;
      return false;
    }
  }

  function isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
  }

  function isUint8Array(value) {
    return ArrayBuffer.isView(value) &&
      Object.prototype.toString.call(value) === '[object Uint8Array]';
  }

  // A Buffer over the same memory as a typed array or DataView.
  function toBuffer(view) {
    return getBuffer().from(view.buffer, view.byteOffset, view.byteLength);
  }

  module.exports = {
    getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark,
    getBuffer, isBuffer, isArrayBufferView, isUint8Array, toBuffer,
  };
});
