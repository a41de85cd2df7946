// node:internal/buffer_util: brand checks on typed arrays and array
// buffers that user code cannot fool (Symbol.toStringTag, subclassing),
// and the node:buffer exports isUtf8, isAscii and transcode.
(function (exports, require, binding, internals, module) {
  'use strict';

  const codec = binding('buffer');
  const { invalidArgType, plain } = require('node:internal/buffer_errors');
  const { normalizeEncoding, encodingValues } =
    require('node:internal/buffer_encodings');

  const typedArrayTag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  const isUint8Array = (value) => typedArrayTag.call(value) === 'Uint8Array';
  const isTypedArray = (value) => typedArrayTag.call(value) !== undefined;
  const arrayBufferLength = Object.getOwnPropertyDescriptor(
    ArrayBuffer.prototype, 'byteLength').get;
  const sharedLength = typeof SharedArrayBuffer === 'function' ?
    Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype,
                                    'byteLength').get :
    undefined;
  function passes(getter, value) {
    try {
      getter.call(value);
      return true;
    } catch {
      return false;
    }
  }
  const isAnyArrayBuffer = (value) => value !== null &&
    typeof value === 'object' &&
    (passes(arrayBufferLength, value) ||
     (sharedLength !== undefined && passes(sharedLength, value)));
  const typedArrayLength = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), 'length').get;
  const typedArrayByteLength = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), 'byteLength').get;
  const typedArraySet = Object.getPrototypeOf(Uint8Array.prototype).set;
  const typedArrayFill = Object.getPrototypeOf(Uint8Array.prototype).fill;

  function isUtf8(input) {
    return validate(input, codec.isUtf8);
  }
  function isAscii(input) {
    return validate(input, codec.isAscii);
  }
  function validate(input, check) {
    if (isTypedArray(input)) {
      if (detached(input.buffer)) {
        throw plain(Error, 'ERR_INVALID_STATE',
                    'Cannot validate on a detached buffer');
      }
      return check(input);
    }
    if (isAnyArrayBuffer(input)) {
      if (detached(input)) {
        throw plain(Error, 'ERR_INVALID_STATE',
                    'Cannot validate on a detached buffer');
      }
      return check(new Uint8Array(input));
    }
    throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'],
                         input);
  }
  function detached(arrayBuffer) {
    if (arrayBuffer.byteLength !== 0) return false;
    try {
      new Uint8Array(arrayBuffer, 0, 0);
      return false;
    } catch {
      return true;
    }
  }

  // `Buffer` makes the result (transcode(Buffer, ...)): the pool and
  // FastBuffer are node:buffer's.
  function transcode(Buffer, source, fromEncoding, toEncoding) {
    if (!isUint8Array(source)) {
      throw invalidArgType('source', ['Buffer', 'Uint8Array'], source);
    }
    if (source.length === 0) return Buffer.alloc(0);
    fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
    toEncoding = normalizeEncoding(toEncoding) || toEncoding;
    const result = codec.transcode(source, encodingValues[fromEncoding] ?? -1,
                                   encodingValues[toEncoding] ?? -1);
    if (typeof result === 'string') {
      const buffer = Buffer.allocUnsafeSlow(result.length);
      codec.write(buffer, result, 0, result.length, encodingValues.latin1);
      return buffer;
    }
    const [code, errno] = result;
    const error = new Error(`Unable to transcode Buffer [${code}]`);
    error.code = code;
    error.errno = errno;
    throw error;
  }

  exports.isUint8Array = isUint8Array;
  exports.isTypedArray = isTypedArray;
  exports.isAnyArrayBuffer = isAnyArrayBuffer;
  exports.typedArrayLength = typedArrayLength;
  exports.typedArrayByteLength = typedArrayByteLength;
  exports.typedArraySet = typedArraySet;
  exports.typedArrayFill = typedArrayFill;
  exports.isUtf8 = isUtf8;
  exports.isAscii = isAscii;
  exports.transcode = transcode;
});
