// node:buffer: Buffer (a Uint8Array subclass, as in Node 20) and the
// module's other exports.
//
// Everything observable follows Node 20: small buffers come from a shared
// 8 KiB pool (Buffer.from(string), allocUnsafe, from(array)), argument
// checks throw Node's codes with Node's messages, console.log(buf) prints
// `<Buffer 68 69>`. The bytes are moved by binding('buffer') (C++); the
// pieces live in node:internal/buffer_* (errors, encodings, read/write).
(function (exports, require, binding, internals, module) {
  'use strict';

  const codec = binding('buffer');
  const {
    invalidArgType, outOfRange, bufferOutOfBounds, unknownEncoding,
    invalidArgValue, coded, plain, validateNumber, validateInteger, validateString,
  } = require('node:internal/buffer_errors');
  const {
    normalizeEncoding, encodingOps, opsByName, encodingValues,
  } = require('node:internal/buffer_encodings');
  const { addReadWriteMethods } = require('node:internal/buffer_readwrite');

  const kMaxLength = 2 ** 32;
  const kStringMaxLength = 536870888;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');
  const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
  let inspectMaxBytes = 50;

  const {
    isUint8Array, isTypedArray, isAnyArrayBuffer, typedArrayLength,
    typedArrayByteLength, typedArraySet, typedArrayFill, isUtf8, isAscii,
    transcode: transcodeWith,
  } = require('node:internal/buffer_util');
  const {
    copyActual, copyBytes, fillBuffer, bidirectionalIndexOf, validateOffset,
  } = require('node:internal/buffer_ops');

  // ---- the class ------------------------------------------------------------

  class FastBuffer extends Uint8Array {
    // eslint-disable-next-line no-useless-constructor
    constructor(bufferOrLength, byteOffset, length) {
      super(bufferOrLength, byteOffset, length);
    }
  }

  // Buffer(...) and new Buffer(...): deprecated (DEP0005) but working;
  // warns once, unless called from inside node_modules (as Node).
  let deprecationWarned = false;
  function warnDeprecated() {
    if (deprecationWarned) return;
    const stack = new Error().stack ?? '';
    if (/[\\/]node_modules[\\/]/.test(stack.split('\n').slice(3).join('\n'))) {
      return;
    }
    deprecationWarned = true;
    internals.global.process?.emitWarning?.(
      'Buffer() is deprecated due to security and usability issues. Please ' +
      'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() ' +
      'methods instead.', 'DeprecationWarning', 'DEP0005');
  }

  function Buffer(arg, encodingOrOffset, length) {
    warnDeprecated();
    if (typeof arg === 'number') {
      if (typeof encodingOrOffset === 'string') {
        throw invalidArgType('string', 'string', arg);
      }
      return Buffer.alloc(arg);
    }
    return Buffer.from(arg, encodingOrOffset, length);
  }
  FastBuffer.prototype.constructor = Buffer;
  Buffer.prototype = FastBuffer.prototype;
  Object.setPrototypeOf(Buffer, Uint8Array);

  // ---- the pool -------------------------------------------------------------

  Buffer.poolSize = 8 * 1024;
  let poolSize;
  let poolOffset;
  let allocPool;

  function createPool() {
    poolSize = Buffer.poolSize;
    allocPool = new FastBuffer(poolSize).buffer;
    poolOffset = 0;
  }
  createPool();

  function alignPool() {
    if (poolOffset & 0x7) {
      poolOffset |= 0x7;
      poolOffset++;
    }
  }

  // `size` bytes of the pool (a fresh pool when it has no room, or when
  // its ArrayBuffer was transferred away).
  function fromPool(size) {
    if (size > poolSize - poolOffset || allocPool.byteLength === 0) {
      createPool();
    }
    const buffer = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return buffer;
  }

  function allocate(size) {
    if (size <= 0) return new FastBuffer();
    if (size < (Buffer.poolSize >>> 1)) return fromPool(size);
    return new FastBuffer(size);
  }

  // ---- creating buffers -----------------------------------------------------

  function fromStringFast(string, ops) {
    const length = ops.byteLength(string);
    if (length >= (Buffer.poolSize >>> 1)) {
      const buffer = new FastBuffer(length);
      const written = ops.write(buffer, string, 0, length);
      return written === length ? buffer :
        new FastBuffer(buffer.buffer.slice(0, written));
    }
    if (length > poolSize - poolOffset || allocPool.byteLength === 0) {
      createPool();
    }
    let buffer = new FastBuffer(allocPool, poolOffset, length);
    const written = ops.write(buffer, string, 0, length);
    if (written !== length) {
      buffer = new FastBuffer(allocPool, poolOffset, written);
    }
    poolOffset += written;
    alignPool();
    return buffer;
  }

  function fromString(string, encoding) {
    let ops;
    if (typeof encoding !== 'string' || encoding.length === 0) {
      if (string.length === 0) return new FastBuffer();
      ops = opsByName.utf8;
    } else {
      ops = encodingOps(encoding);
      if (ops === undefined) throw unknownEncoding(encoding);
      if (string.length === 0) return new FastBuffer();
    }
    return fromStringFast(string, ops);
  }

  function fromArrayBuffer(arrayBuffer, byteOffset, length) {
    if (byteOffset === undefined) {
      byteOffset = 0;
    } else {
      byteOffset = +byteOffset;
      if (Number.isNaN(byteOffset)) byteOffset = 0;
    }
    const maxLength = arrayBuffer.byteLength - byteOffset;
    if (maxLength < 0) throw bufferOutOfBounds('offset');
    if (length === undefined) {
      length = maxLength;
    } else {
      length = +length;
      if (length > 0) {
        if (length > maxLength) throw bufferOutOfBounds('length');
      } else {
        length = 0;
      }
    }
    return new FastBuffer(arrayBuffer, byteOffset, length);
  }

  function fromArrayLike(object) {
    if (object.length <= 0) return new FastBuffer();
    if (object.length < (Buffer.poolSize >>> 1)) {
      if (object.length > poolSize - poolOffset ||
          allocPool.byteLength === 0) {
        createPool();
      }
      const buffer = new FastBuffer(allocPool, poolOffset, object.length);
      typedArraySet.call(buffer, object, 0);
      poolOffset += object.length;
      alignPool();
      return buffer;
    }
    return new FastBuffer(object);
  }

  function fromObject(object) {
    if (object.length !== undefined || isAnyArrayBuffer(object.buffer)) {
      if (typeof object.length !== 'number') return new FastBuffer();
      return fromArrayLike(object);
    }
    if (object.type === 'Buffer' && Array.isArray(object.data)) {
      return fromArrayLike(object.data);
    }
    return undefined;
  }

  Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (typeof value === 'object' && value !== null) {
      if (isAnyArrayBuffer(value)) {
        return fromArrayBuffer(value, encodingOrOffset, length);
      }
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value &&
          (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return from(valueOf, encodingOrOffset, length);
      }
      const buffer = fromObject(value);
      if (buffer) return buffer;
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const primitive = value[Symbol.toPrimitive]('string');
        if (typeof primitive === 'string') {
          return fromString(primitive, encodingOrOffset);
        }
      }
    }
    throw invalidArgType('first argument',
                         ['string', 'Buffer', 'ArrayBuffer', 'Array',
                          'Array-like Object'], value);
  };

  Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
    if (!isTypedArray(view)) throw invalidArgType('view', ['TypedArray'], view);
    const viewLength = typedArrayLength.call(view);
    if (viewLength === 0) return Buffer.alloc(0);
    if (offset !== undefined || length !== undefined) {
      if (offset !== undefined) {
        validateInteger(offset, 'offset', 0);
        if (offset >= viewLength) return Buffer.alloc(0);
      } else {
        offset = 0;
      }
      let end;
      if (length !== undefined) {
        validateInteger(length, 'length', 0);
        end = offset + length;
      } else {
        end = viewLength;
      }
      view = Object.getPrototypeOf(Uint8Array.prototype).slice.call(
        view, offset, end);
    }
    return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset,
                                        typedArrayByteLength.call(view)));
  };

  Buffer.of = named('of', (...items) => {
    const buffer = new FastBuffer(items.length);
    for (let i = 0; i < items.length; i++) buffer[i] = items[i];
    return buffer;
  });

  Buffer.alloc = function alloc(size, fill, encoding) {
    validateNumber(size, 'size', 0, kMaxLength);
    if (fill !== undefined && fill !== 0 && size > 0) {
      const buffer = new FastBuffer(size);
      return fillBuffer(buffer, fill, 0, buffer.length, encoding);
    }
    return new FastBuffer(size);
  };

  Buffer.allocUnsafe = function allocUnsafe(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return allocate(size);
  };

  Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  };

  function SlowBuffer(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  }
  Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
  Object.setPrototypeOf(SlowBuffer, Uint8Array);

  Buffer.isBuffer = function isBuffer(b) {
    return b instanceof Buffer;
  };

  Buffer.compare = function compare(buf1, buf2) {
    if (!isUint8Array(buf1)) {
      throw invalidArgType('buf1', ['Buffer', 'Uint8Array'], buf1);
    }
    if (!isUint8Array(buf2)) {
      throw invalidArgType('buf2', ['Buffer', 'Uint8Array'], buf2);
    }
    if (buf1 === buf2) return 0;
    return codec.compare(buf1, buf2);
  };

  Buffer.isEncoding = function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 &&
      normalizeEncoding(encoding) !== undefined;
  };

  Buffer.concat = function concat(list, length) {
    if (!Array.isArray(list)) throw invalidArgType('list', 'Array', list);
    if (list.length === 0) return new FastBuffer();
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i].length) length += list[i].length;
      }
    } else {
      validateInteger(length, 'length', 0, kMaxLength);
    }
    const buffer = Buffer.allocUnsafe(length);
    let position = 0;
    for (let i = 0; i < list.length; i++) {
      const source = list[i];
      if (!isUint8Array(source)) {
        throw invalidArgType(`list[${i}]`, ['Buffer', 'Uint8Array'], source);
      }
      position += copyActual(source, buffer, position, 0, source.length);
    }
    if (position < length) typedArrayFill.call(buffer, 0, position, length);
    return buffer;
  };

  function byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) {
        return string.byteLength;
      }
      throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'],
                           string);
    }
    const length = string.length;
    const mustMatch = arguments.length > 2 && arguments[2] === true;
    if (!mustMatch && length === 0) return 0;
    if (!encoding) return mustMatch ? -1 : codec.byteLengthUtf8(string);
    const ops = encodingOps(encoding);
    if (ops === undefined) return mustMatch ? -1 : codec.byteLengthUtf8(string);
    return ops.byteLength(string);
  }
  Buffer.byteLength = byteLength;

  Object.defineProperty(Buffer, Symbol.species, {
    enumerable: false, configurable: true, get() { return FastBuffer; },
  });
  // After Symbol.species, as in Node's key order.
  Object.defineProperty(Buffer, kIsEncodingSymbol, {
    value: Buffer.isEncoding, writable: true, enumerable: true,
    configurable: true,
  });

  // ---- the prototype --------------------------------------------------------

  const proto = Buffer.prototype;
  addReadWriteMethods(proto);

  function named(name, fn) {
    Object.defineProperty(fn, 'name', { value: name });
    return fn;
  }

  // Named, and of length 0 like Node's C++ methods.
  function lengthZero(name, fn) {
    Object.defineProperty(fn, 'length', { value: 0 });
    return named(name, fn);
  }

  function define(name, fn) {
    Object.defineProperty(proto, name, {
      value: fn, writable: true, enumerable: true, configurable: true,
    });
  }

  function checkThis(buf) {
    if (!ArrayBuffer.isView(buf)) {
      throw plain(TypeError, 'ERR_INVALID_ARG_TYPE',
                  'argument must be a buffer');
    }
  }

  // Node's ParseArrayIndex(): undefined is the default, else an integer
  // that must not be negative.
  function arrayIndex(value, fallback) {
    if (value === undefined) return fallback;
    const number = Math.trunc(+value) || 0;
    if (number < 0) {
      throw plain(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    }
    return number;
  }

  // asciiSlice(start, end), ... with the C++ methods' own checks.
  for (const [name, ops] of [['ascii', opsByName.ascii],
    ['base64', opsByName.base64], ['base64url', opsByName.base64url],
    ['latin1', opsByName.latin1], ['hex', opsByName.hex],
    ['ucs2', opsByName.utf16le], ['utf8', opsByName.utf8]]) {
    // (...) has length 0, as Node's C++ methods do.
    define(`${name}Slice`, lengthZero(`${name}Slice`, function (start, end) {
      checkThis(this);
      const length = this.byteLength;
      if (length === 0) return '';
      start = arrayIndex(start, 0);
      end = arrayIndex(end, length);
      if (end < start) end = start;
      if (end > length) {
        throw plain(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      }
      return codec.slice(this, start, end, ops.value);
    }));
  }
  const builtinSlices = { __proto__: null };
  for (const name of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2',
    'utf8']) {
    builtinSlices[`${name}Slice`] = proto[`${name}Slice`];
  }
  for (const [name, ops] of [['ascii', opsByName.ascii],
    ['base64', opsByName.base64], ['base64url', opsByName.base64url],
    ['latin1', opsByName.latin1], ['hex', opsByName.hex],
    ['ucs2', opsByName.utf16le], ['utf8', opsByName.utf8]]) {
    define(`${name}Write`, lengthZero(`${name}Write`,
                                      function (string, offset, length) {
      return stringWrite(this, string, offset, length, ops);
    }));
  }

  function stringWrite(buf, string, offset, length, ops) {
    checkThis(buf);
    if (typeof string !== 'string') {
      throw plain(TypeError, 'ERR_INVALID_ARG_TYPE',
                  'argument must be a string');
    }
    const size = buf.byteLength;
    offset = arrayIndex(offset, 0);
    if (offset > size) {
      throw plain(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
                  '"offset" is outside of buffer bounds');
    }
    length = Math.min(size - offset, arrayIndex(length, size - offset));
    if (length === 0) return 0;
    return ops.write(buf, string, offset, length);
  }

  Object.defineProperty(proto, 'parent', {
    enumerable: true,
    configurable: false,
    get() { return this instanceof Buffer ? this.buffer : undefined; },
  });
  Object.defineProperty(proto, 'offset', {
    enumerable: true,
    configurable: false,
    get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  });

  define('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
    return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
  });

  // Node calls this.utf8Slice() and friends; while they are the built-in
  // ones, the bytes go straight to C++.
  function sliceWith(buf, method, value, start, end) {
    if (buf[method] === builtinSlices[method]) {
      return codec.slice(buf, start, end, value);
    }
    return buf[method](start, end);
  }

  function toString(encoding, start, end) {
    if (arguments.length === 0) {
      return sliceWith(this, 'utf8Slice', 0, 0, this.length);
    }
    const length = this.length;
    if (start <= 0) {
      start = 0;
    } else if (start >= length) {
      return '';
    } else {
      start = Math.trunc(start) || 0;
    }
    if (end === undefined || end > length) {
      end = length;
    } else {
      end = Math.trunc(end) || 0;
    }
    if (end <= start) return '';
    if (encoding === undefined) {
      return sliceWith(this, 'utf8Slice', 0, start, end);
    }
    const ops = encodingOps(encoding);
    if (ops === undefined) throw unknownEncoding(encoding);
    return sliceWith(this, ops.sliceMethod, ops.value, start, end);
  }
  define('toString', toString);

  define('equals', function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw invalidArgType('otherBuffer', ['Buffer', 'Uint8Array'],
                           otherBuffer);
    }
    if (this === otherBuffer) return true;
    const length = typedArrayByteLength.call(this);
    if (length !== typedArrayByteLength.call(otherBuffer)) return false;
    return length === 0 || codec.compare(this, otherBuffer) === 0;
  });

  const inspectBuffer = require('node:internal/buffer_inspect')
    .makeInspect(() => inspectMaxBytes);
  define('inspect', inspectBuffer);

  define('compare', function compare(target, targetStart, targetEnd,
                                     sourceStart, sourceEnd) {
    if (!isUint8Array(target)) {
      throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
    }
    if (arguments.length === 1) return codec.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return codec.compareOffset(this, target, targetStart, sourceStart,
                               targetEnd, sourceEnd);
  });

  define('indexOf', function indexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
  });
  define('lastIndexOf', function lastIndexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
  });
  define('includes', function includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  });

  define('fill', function fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  });

  define('write', function write(string, offset, length, encoding) {
    if (offset === undefined) return this.utf8Write(string, 0, this.length);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') {
      return this.utf8Write(string, offset, length);
    }
    if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
    const ops = encodingOps(encoding);
    if (ops === undefined) throw unknownEncoding(encoding);
    return this[ops.writeMethod](string, offset, length);
  });

  define('toJSON', function toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  });

  function adjustOffset(offset, length) {
    offset = Math.trunc(offset);
    if (offset === 0 || Number.isNaN(offset)) return 0;
    if (offset < 0) {
      offset += length;
      return offset > 0 ? offset : 0;
    }
    return offset < length ? offset : length;
  }

  define('subarray', function subarray(start, end) {
    const length = this.length;
    start = adjustOffset(start, length);
    end = end !== undefined ? adjustOffset(end, length) : length;
    return new FastBuffer(this.buffer, this.byteOffset + start,
                          end > start ? end - start : 0);
  });
  define('slice', function slice(start, end) {
    return this.subarray(start, end);
  });

  function swapper(bits) {
    const width = bits / 8;
    return function () {
      const length = this.length;
      if (length % width !== 0) {
        throw coded(RangeError, 'ERR_INVALID_BUFFER_SIZE',
                    `Buffer size must be a multiple of ${bits}-bits`);
      }
      codec[`swap${bits}`](this);
      return this;
    };
  }
  define('swap16', named('swap16', swapper(16)));
  define('swap32', named('swap32', swapper(32)));
  define('swap64', named('swap64', swapper(64)));
  define('toLocaleString', toString);
  Object.defineProperty(proto, customInspect, {
    value: inspectBuffer, writable: true, enumerable: true,
    configurable: true,
  });

  // ---- the module -------------------------------------------------------------

  function transcode(source, fromEncoding, toEncoding) {
    return transcodeWith(Buffer, source, fromEncoding, toEncoding);
  }

  const constants = Object.defineProperties({}, {
    MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
    MAX_STRING_LENGTH: {
      value: kStringMaxLength, writable: false, enumerable: true,
    },
  });

  // Blob, File and resolveObjectURL are the web package's
  // (internal:web/blob), loaded on first access; undefined while that
  // package has none.
  function fromBlobModule(key) {
    return function () {
      let blob;
      try {
        blob = require('internal:web/blob');
      } catch (error) {
        if (error?.code === 'ERR_UNKNOWN_BUILTIN_MODULE') return undefined;
        throw error;
      }
      return blob[key];
    };
  }

  const { atob, btoa } = require('internal:web/base64');
  module.exports = {
    Buffer, SlowBuffer, transcode, isUtf8, isAscii, kMaxLength,
    kStringMaxLength, btoa, atob,
  };
  Object.defineProperties(module.exports, {
    constants: {
      value: constants, enumerable: true, writable: false,
      configurable: false,
    },
    INSPECT_MAX_BYTES: {
      enumerable: true,
      configurable: true,
      get() { return inspectMaxBytes; },
      set(value) {
        validateNumber(value, 'INSPECT_MAX_BYTES', 0);
        inspectMaxBytes = value;
      },
    },
    Blob: {
      enumerable: true, configurable: true, get: fromBlobModule('Blob'),
    },
    resolveObjectURL: {
      enumerable: true, configurable: true,
      get: fromBlobModule('resolveObjectURL'),
    },
    File: {
      enumerable: true, configurable: true, get: fromBlobModule('File'),
    },
  });
});
