// node:internal/buffer_ops: Buffer's copy, fill and indexOf with Node 20's
// argument handling (where offsets are coerced, clamped or rejected, and
// with which error), the bytes moved by binding('buffer').
(function (exports, require, binding, internals, module) {
  'use strict';

  const codec = binding('buffer');
  const {
    invalidArgType, outOfRange, bufferOutOfBounds, unknownEncoding,
    invalidArgValue, validateInteger, validateString,
  } = require('node:internal/buffer_errors');
  const { normalizeEncoding, encodingOps, opsByName, encodingValues } =
    require('node:internal/buffer_encodings');
  const {
    isUint8Array, typedArrayByteLength, typedArraySet, typedArrayFill,
  } = require('node:internal/buffer_util');

  const kMaxLength = 2 ** 32;

  function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
    if (sourceEnd - sourceStart > target.length - targetStart) {
      sourceEnd = sourceStart + target.length - targetStart;
    }
    let count = sourceEnd - sourceStart;
    const sourceLength = source.length - sourceStart;
    if (count > sourceLength) count = sourceLength;
    if (sourceStart !== 0 || sourceEnd < source.length) {
      source = new Uint8Array(source.buffer, source.byteOffset + sourceStart,
                              count);
    }
    typedArraySet.call(target, source, targetStart);
    return count;
  }

  function toInteger(n, fallback) {
    n = +n;
    if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER &&
        n <= Number.MAX_SAFE_INTEGER) {
      return n % 1 === 0 ? n : Math.floor(n);
    }
    return fallback;
  }

  function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(source)) {
      throw invalidArgType('source', ['Buffer', 'Uint8Array'], source);
    }
    if (!isUint8Array(target)) {
      throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
    }
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > source.length) {
        throw outOfRange('sourceStart', `>= 0 && <= ${source.length}`,
                         sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = source.length;
    } else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return copyActual(source, target, targetStart, sourceStart, sourceEnd);
  }

  function validateOffset(value, name, min = 0, max = kMaxLength) {
    validateInteger(value, name, min, max);
  }

  function fillBuffer(buf, value, offset, end, encoding) {
    if (typeof value === 'string') {
      if (offset === undefined || typeof offset === 'string') {
        encoding = offset;
        offset = 0;
        end = buf.length;
      } else if (typeof end === 'string') {
        encoding = end;
        end = buf.length;
      }
      const normalized = normalizeEncoding(encoding);
      if (normalized === undefined) {
        validateString(encoding, 'encoding');
        throw unknownEncoding(encoding);
      }
      if (value.length === 0) {
        value = 0;
      } else if (value.length === 1) {
        // One byte: a plain number fill.
        if (normalized === 'utf8') {
          const code = value.charCodeAt(0);
          if (code < 128) value = code;
        } else if (normalized === 'latin1') {
          value = value.charCodeAt(0);
        }
      }
      encoding = normalized;
    } else {
      encoding = undefined;
    }
    if (offset === undefined) {
      offset = 0;
      end = buf.length;
    } else {
      validateOffset(offset, 'offset');
      if (end === undefined) {
        end = buf.length;
      } else {
        validateOffset(end, 'end', 0, buf.length);
      }
      if (offset >= end) return buf;
    }
    if (typeof value === 'number') {
      const length = typedArrayByteLength.call(buf);
      if (offset > end || end - offset + offset > length) {
        throw bufferOutOfBounds();
      }
      typedArrayFill.call(buf, value, offset, end);
      return buf;
    }
    if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
      // Node's C++ takes ToUint32 of anything else.
      typedArrayFill.call(buf, value >>> 0, offset, end);
      return buf;
    }
    const result = codec.fill(buf, value, offset, end,
                              encodingValues[encoding ?? 'utf8']);
    if (result < 0) {
      if (result === -1) throw invalidArgValue('value', value);
      throw bufferOutOfBounds();
    }
    return buf;
  }

  function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
    if (typeof byteOffset === 'string') {
      encoding = byteOffset;
      byteOffset = undefined;
    } else if (byteOffset > 0x7fffffff) {
      byteOffset = 0x7fffffff;
    } else if (byteOffset < -0x80000000) {
      byteOffset = -0x80000000;
    }
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) {
      byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
    }
    byteOffset = Math.trunc(byteOffset);
    forward = !!forward;
    if (typeof value === 'number') {
      return codec.indexOfNumber(buffer, value >>> 0, byteOffset, forward);
    }
    const ops = encoding === undefined ? opsByName.utf8 :
      encodingOps(encoding);
    if (typeof value === 'string') {
      if (ops === undefined) throw unknownEncoding(encoding);
      return ops.indexOf(buffer, value, byteOffset, forward);
    }
    if (isUint8Array(value)) {
      return codec.indexOfBuffer(buffer, value, byteOffset,
                                 ops === undefined ? 0 : ops.value, forward);
    }
    throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'],
                         value);
  }

  exports.copyActual = copyActual;
  exports.copyBytes = copyBytes;
  exports.fillBuffer = fillBuffer;
  exports.bidirectionalIndexOf = bidirectionalIndexOf;
  exports.validateOffset = validateOffset;
});
