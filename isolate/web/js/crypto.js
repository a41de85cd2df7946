// The `crypto` global (Web Crypto): Crypto with getRandomValues() and
// randomUUID(), and its `subtle` (internal:web/crypto_subtle). Errors and
// messages are Node 20's.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { DOMException } = internals;
  const native = binding('crypto');
  const {
    SubtleCrypto, CryptoKey, subtle, codedError, invalidThis, missingArgs,
  } = require('internal:web/crypto_subtle');

  const typedArrayTag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  const integerArrays = new Set([
    'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
    'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array',
    'BigUint64Array',
  ]);

  const kCreate = Symbol('isohost.cryptoCreate');

  function getRandomValues(data) {
    if (!integerArrays.has(typedArrayTag.call(data))) {
      throw new DOMException(
        'The data argument must be an integer-type TypedArray',
        'TypeMismatchError');
    }
    if (data.byteLength > 65536) {
      throw new DOMException('The requested length exceeds 65,536 bytes',
                             'QuotaExceededError');
    }
    native.randomFill(data, 0, data.byteLength);
    return data;
  }

  // UUIDs come from a pool of random bytes, refilled 128 UUIDs at a time.
  const uuidPool = new Uint8Array(16 * 128);
  let uuidOffset = uuidPool.length;
  const hex = [];
  for (let i = 0; i < 256; i++) hex.push(i.toString(16).padStart(2, '0'));

  function randomUUID() {
    if (uuidOffset === uuidPool.length) {
      native.randomFill(uuidPool, 0, uuidPool.length);
      uuidOffset = 0;
    }
    const b = uuidPool;
    const o = uuidOffset;
    uuidOffset += 16;
    return hex[b[o]] + hex[b[o + 1]] + hex[b[o + 2]] + hex[b[o + 3]] + '-' +
      hex[b[o + 4]] + hex[b[o + 5]] + '-' +
      hex[(b[o + 6] & 0x0f) | 0x40] + hex[b[o + 7]] + '-' +
      hex[(b[o + 8] & 0x3f) | 0x80] + hex[b[o + 9]] + '-' +
      hex[b[o + 10]] + hex[b[o + 11]] + hex[b[o + 12]] + hex[b[o + 13]] +
      hex[b[o + 14]] + hex[b[o + 15]];
  }

  class Crypto {
    #brand = true;

    constructor(token = undefined) {
      if (token !== kCreate) {
        throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR',
                         'Illegal constructor');
      }
    }

    get subtle() {
      if (!(#brand in this)) throw invalidThis('Crypto');
      return subtle;
    }

    getRandomValues(data) {
      if (this === undefined || this === null || !(#brand in Object(this))) {
        throw invalidThis('Crypto');
      }
      if (arguments.length < 1) {
        throw missingArgs('getRandomValues', 'Crypto', 1, 0);
      }
      return getRandomValues(data);
    }

    randomUUID() {
      if (this === undefined || this === null || !(#brand in Object(this))) {
        throw invalidThis('Crypto');
      }
      return randomUUID();
    }
  }
  Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
    value: 'Crypto', configurable: true,
  });

  exports.Crypto = Crypto;
  exports.SubtleCrypto = SubtleCrypto;
  exports.CryptoKey = CryptoKey;
  exports.crypto = new Crypto(kCreate);
  // For node:crypto.
  exports.getRandomValues = getRandomValues;
  exports.randomUUID = randomUUID;
});
