// node:crypto, the subset that needs no authority: random bytes and
// numbers, UUIDs, hashes and HMACs (any digest OpenSSL 3 has), constant-
// time comparison, getHashes(), and Web Crypto (webcrypto, subtle,
// getRandomValues). Messages and codes are Node 20's.
//
// Differences from Node 20: Hash and Hmac are not streams (no node:stream
// here; update()/digest() only); the callbacks of randomBytes() and
// randomFill() run as immediates (Node's come from its thread pool, in the
// poll phase); binary results are Buffers once node:buffer exists, plain
// Uint8Arrays until then.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { invalidArgType, describeReceived, natives } = internals;
  const native = binding('crypto');
  const web = require('internal:web/crypto');
  const {
    normalizeEncoding, inputOf, nativeEncoding, bytesToString,
  } = require('node:internal/crypto_encoding');

  const { codedError } = require('internal:web/errors');

  function outOfRange(name, range, value) {
    let shown = String(value);
    if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
      shown = addUnderscores(shown);
    }
    return codedError(RangeError, 'ERR_OUT_OF_RANGE',
                      `The value of "${name}" is out of range. It must be ` +
                      `${range}. Received ${shown}`);
  }

  function addUnderscores(digits) {
    let sign = '';
    if (digits[0] === '-') {
      sign = '-';
      digits = digits.slice(1);
    }
    let out = '';
    while (digits.length > 3) {
      out = `_${digits.slice(-3)}${out}`;
      digits = digits.slice(0, -3);
    }
    return `${sign}${digits}${out}`;
  }

  // Buffer results once node:buffer exists.
  let BufferClass;
  function toBuffer(bytes) {
    if (BufferClass === undefined) {
      try {
        BufferClass = require('node:buffer').Buffer;
      } catch {
        BufferClass = null;
      }
    }
    if (BufferClass === null) return bytes;
    return BufferClass.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  function validateFunction(value, name) {
    if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
  }

  function validateNumber(value, name) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  }

  const arrayBufferByteLength = Object.getOwnPropertyDescriptor(
    ArrayBuffer.prototype, 'byteLength').get;
  function isArrayBuffer(value) {
    try {
      arrayBufferByteLength.call(value);
      return true;
    } catch {
      return false;
    }
  }

  function runLater(callback, ...args) {
    natives.setImmediate(() => callback(...args));
  }

  // ---- random ----------------------------------------------------------------

  const kMaxLength = 2 ** 31 - 1;

  function randomBytes(size, callback) {
    validateNumber(size, 'size');
    if (!(size >= 0 && size <= kMaxLength)) {
      throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    const bytes = new Uint8Array(Math.floor(size));
    native.randomFill(bytes, 0, bytes.length);
    const result = toBuffer(bytes);
    if (callback === undefined) return result;
    runLater(callback, null, result);
  }

  // randomFill(Sync)'s buffer, offset and size, checked as Node does; the
  // range in bytes.
  function fillRange(buf, offset, size) {
    let elementSize = 1;
    let byteLength;
    if (ArrayBuffer.isView(buf)) {
      elementSize = buf.BYTES_PER_ELEMENT ?? 1;
      byteLength = buf.byteLength;
    } else if (isArrayBuffer(buf)) {
      byteLength = buf.byteLength;
    } else {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       'The "buf" argument must be an instance of ' +
                       'ArrayBuffer or ArrayBufferView.' +
                       describeReceived(buf));
    }
    validateNumber(offset, 'offset');
    offset *= elementSize;
    if (!(offset >= 0 && offset <= byteLength)) {
      throw outOfRange('offset', `>= 0 && <= ${byteLength}`, offset);
    }
    if (size === undefined) {
      size = byteLength - offset;
    } else {
      validateNumber(size, 'size');
      size *= elementSize;
    }
    if (!(size >= 0 && size + offset <= byteLength)) {
      if (size + offset > byteLength) {
        throw outOfRange('size + offset', `<= ${byteLength}`, size + offset);
      }
      throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
    }
    return [Math.floor(offset), Math.floor(size)];
  }

  function fill(buf, offset, size) {
    if (ArrayBuffer.isView(buf)) {
      native.randomFill(
        new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength),
        offset, size);
    } else {
      native.randomFill(buf, offset, size);
    }
    return buf;
  }

  function randomFillSync(buf, offset = 0, size = undefined) {
    const range = fillRange(buf, offset, size);
    return fill(buf, range[0], range[1]);
  }

  function randomFill(buf, offset, size, callback) {
    if (typeof offset === 'function') {
      callback = offset;
      offset = 0;
      size = undefined;
    } else if (typeof size === 'function') {
      callback = size;
      size = undefined;
    }
    fillRange(buf, 0, undefined);  // the buffer's type first
    validateFunction(callback, 'callback');
    const range = fillRange(buf, offset, size);
    fill(buf, range[0], range[1]);
    runLater(callback, null, buf);
  }

  // Uniform integers in [min, max) by rejection sampling 48-bit values.
  const kRandomIntRange = 2 ** 48;
  const intPool = new Uint8Array(6 * 1024);
  let intOffset = intPool.length;

  function random48() {
    if (intOffset === intPool.length) {
      native.randomFill(intPool, 0, intPool.length);
      intOffset = 0;
    }
    const b = intPool;
    const o = intOffset;
    intOffset += 6;
    return b[o] * 2 ** 40 + b[o + 1] * 2 ** 32 + b[o + 2] * 2 ** 24 +
      b[o + 3] * 2 ** 16 + b[o + 4] * 2 ** 8 + b[o + 5];
  }

  function randomInt(min, max, callback) {
    const minGiven = typeof max !== 'undefined' && typeof max !== 'function';
    if (!minGiven) {
      callback = max;
      max = min;
      min = 0;
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (!Number.isSafeInteger(min)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       'The "min" argument must be a safe integer.' +
                       describeReceived(min));
    }
    if (!Number.isSafeInteger(max)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       'The "max" argument must be a safe integer.' +
                       describeReceived(max));
    }
    if (max <= min) {
      throw outOfRange('max',
                       `greater than the value of "min" (${min})`, max);
    }
    const range = max - min;
    if (!(range <= kRandomIntRange - 1)) {
      throw outOfRange(minGiven ? 'max - min' : 'max',
                       `<= ${kRandomIntRange - 1}`, range);
    }
    const limit = kRandomIntRange - (kRandomIntRange % range);
    let x;
    do x = random48(); while (x >= limit);
    const result = min + (x % range);
    if (callback === undefined) return result;
    internals.nextTick(callback, undefined, result);
  }

  function randomUUID(options) {
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw invalidArgType('options', 'object', options);
      }
      const { disableEntropyCache } = options;
      if (disableEntropyCache !== undefined &&
          typeof disableEntropyCache !== 'boolean') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                         'The "options.disableEntropyCache" property must ' +
                         'be of type boolean.' +
                         describeReceived(disableEntropyCache));
      }
    }
    return web.randomUUID();
  }

  function getRandomValues(data) {
    return web.crypto.getRandomValues(data);
  }

  // ---- Hash and Hmac ---------------------------------------------------------

  function finalized() {
    return codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED',
                      'Digest already called');
  }

  // The data of update(): a string (with its encoding) or a view.
  function updateInput(data, encoding) {
    if (typeof data === 'string') {
      const canonical = normalizeEncoding(encoding) ?? 'utf8';
      if (canonical === 'hex' && data.length % 2 !== 0) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                         "The argument 'encoding' is invalid for data of " +
                         `length ${data.length}. Received '${encoding}'`);
      }
      return [inputOf(data, canonical), nativeEncoding(canonical)];
    }
    if (!ArrayBuffer.isView(data)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       'The "data" argument must be of type string or an ' +
                       'instance of Buffer, TypedArray, or DataView.' +
                       describeReceived(data));
    }
    return [data, undefined];
  }

  function digestOutput(bytes, encoding) {
    const canonical = encoding === undefined || encoding === 'buffer' ?
      undefined : normalizeEncoding(encoding);
    if (canonical === undefined) return toBuffer(bytes);
    return bytesToString(bytes, canonical);
  }

  const kCreate = Symbol('isohost.hashCreate');
  const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  class Hash {
    #handle;
    #size;
    #finalized = false;

    constructor(algorithm, options) {
      if (algorithm === kCreate) {
        this.#handle = options.handle;
        this.#size = options.size;
        return;
      }
      if (typeof algorithm !== 'string') {
        throw invalidArgType('algorithm', 'string', algorithm);
      }
      const info = native.digestInfo(algorithm);
      const handle = info === undefined ? undefined :
        native.hashCreate(algorithm);
      if (handle === undefined) throw new Error('Digest method not supported');
      if (handle === null) {
        // Listed by OpenSSL but not available from its providers (md4).
        throw codedError(Error, 'ERR_OSSL_EVP_UNSUPPORTED',
                         'error:0308010C:digital envelope routines::' +
                         'unsupported');
      }
      this.#handle = handle;
      this.#size = outputLength(info, options?.outputLength);
    }

    copy(options) {
      if (this.#finalized) throw finalized();
      const info = [this.#size, 0, options?.outputLength !== undefined];
      const size = options?.outputLength === undefined ? this.#size :
        outputLength(info, options.outputLength);
      return new Hash(kCreate, { handle: native.hashCopy(this.#handle), size });
    }

    update(data, encoding = undefined) {
      if (this.#finalized) throw finalized();
      const [input, inputEncoding] = updateInput(data, encoding);
      native.hashUpdate(this.#handle, input, inputEncoding);
      return this;
    }

    digest(encoding = undefined) {
      if (this.#finalized) throw finalized();
      this.#finalized = true;
      const out = new Uint8Array(this.#size);
      native.hashDigest(this.#handle, out);
      return digestOutput(out, encoding);
    }

    [inspectSymbol](depth, options, inspect) {
      return 'Hash {}';
    }
  }

  // A digest's output length: its own, or `requested` for an XOF (SHAKE);
  // any other length is OpenSSL's error, as in Node.
  function outputLength(info, requested) {
    if (requested === undefined) return info[0];
    if (typeof requested !== 'number' || !Number.isInteger(requested) ||
        requested < 0 || requested > 2 ** 32 - 1) {
      throw invalidArgType('options.outputLength', 'number', requested);
    }
    if (info[2] || requested === info[0]) return requested;
    throw codedError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
                     'error:030000B2:digital envelope routines::not XOF or ' +
                     'invalid length');
  }

  class Hmac {
    #handle;
    #size;
    #finalized = false;

    constructor(hmac, key, options) {
      if (typeof hmac !== 'string') throw invalidArgType('hmac', 'string', hmac);
      let keyInput;
      let keyEncoding;
      if (typeof key === 'string') {
        // Only options.encoding: Node 20 ignores a bare string here.
        const encoding = typeof options === 'object' ? options?.encoding :
          undefined;
        const canonical = normalizeEncoding(encoding) ?? 'utf8';
        keyInput = inputOf(key, canonical);
        keyEncoding = nativeEncoding(canonical);
      } else if (ArrayBuffer.isView(key) || isArrayBuffer(key)) {
        keyInput = key;
      } else {
        throw codedError(
          TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "key" argument must be of type string or an instance of ' +
          'ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or ' +
          `CryptoKey.${describeReceived(key)}`);
      }
      const info = native.digestInfo(hmac);
      const handle = info === undefined || info[2] ? undefined :
        native.hmacCreate(hmac, keyInput, keyEncoding);
      if (handle === undefined) {
        throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST',
                         `Invalid digest: ${hmac}`);
      }
      this.#handle = handle;
      this.#size = info[0];
    }

    update(data, encoding = undefined) {
      if (this.#finalized) throw finalized();
      const [input, inputEncoding] = updateInput(data, encoding);
      native.hmacUpdate(this.#handle, input, inputEncoding);
      return this;
    }

    // Node 20: a second digest() is empty rather than an error.
    digest(encoding = undefined) {
      if (this.#finalized) return digestOutput(new Uint8Array(0), encoding);
      this.#finalized = true;
      const out = new Uint8Array(this.#size);
      native.hmacDigest(this.#handle, out);
      return digestOutput(out, encoding);
    }

    [inspectSymbol](depth, options, inspect) {
      return 'Hmac {}';
    }
  }

  function createHash(algorithm, options) {
    return new Hash(algorithm, options);
  }

  function createHmac(hmac, key, options) {
    return new Hmac(hmac, key, options);
  }

  function timingSafeEqual(buf1, buf2) {
    const check = (value, name) => {
      if (!ArrayBuffer.isView(value) && !isArrayBuffer(value)) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                         `The "${name}" argument must be an instance of ` +
                         'ArrayBuffer, Buffer, TypedArray, or DataView.');
      }
    };
    check(buf1, 'buf1');
    check(buf2, 'buf2');
    if (buf1.byteLength !== buf2.byteLength) {
      throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
                       'Input buffers must have the same byte length');
    }
    return native.timingSafeEqual(buf1, buf2);
  }

  let hashNames;
  function getHashes() {
    if (hashNames === undefined) hashNames = native.hashes();
    return [...hashNames];
  }

  exports.randomBytes = randomBytes;
  exports.pseudoRandomBytes = randomBytes;
  exports.randomFillSync = randomFillSync;
  exports.randomFill = randomFill;
  exports.randomInt = randomInt;
  exports.randomUUID = randomUUID;
  exports.getRandomValues = getRandomValues;
  exports.createHash = createHash;
  exports.createHmac = createHmac;
  exports.Hash = Hash;
  exports.Hmac = Hmac;
  exports.timingSafeEqual = timingSafeEqual;
  exports.getHashes = getHashes;
  exports.webcrypto = web.crypto;
  exports.subtle = web.crypto.subtle;
});
