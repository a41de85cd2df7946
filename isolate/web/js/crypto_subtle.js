// SubtleCrypto and CryptoKey (Web Cryptography API): digest (SHA-1,
// SHA-256, SHA-384, SHA-512) and HMAC (importKey 'raw'/'jwk', exportKey
// 'raw'/'jwk', generateKey, sign, verify). Every other algorithm is a
// NotSupportedError ("Unrecognized algorithm name"), as for a name nobody
// registered. Argument checks, messages and codes follow Node 20; where
// Node's error *names* are plainly wrong, the spec's are used:
//  - a non-extractable key's export is InvalidAccessError (Node 20 says
//    'InvalidAccessException');
//  - an HMAC key in a format other than raw/jwk is NotSupportedError (Node
//    20 throws a DOMException named 'Error' on import and
//    InvalidAccessError on export);
//  - a JWK with an empty "k" is a DataError (Node 20 makes a 0-bit key).
// The work is synchronous (OpenSSL in binding('crypto')); the promise
// settles from the microtask queue.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { DOMException, describeReceived } = internals;
  const native = binding('crypto');

  const { codedError, invalidThis } = require('internal:web/errors');

  function missingArgs(method, type, required, present) {
    return codedError(
      TypeError, 'ERR_MISSING_ARGS',
      `Failed to execute '${method}' on '${type}': ${required} ` +
      `argument${required === 1 ? '' : 's'} required, but only ${present} ` +
      'present.');
  }

  const ordinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

  // ---- WebIDL conversions --------------------------------------------------

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

  function isBufferSource(value) {
    return ArrayBuffer.isView(value) || isArrayBuffer(value);
  }

  // BufferSource: the value itself (read synchronously, so no copy is
  // needed for one-shot operations).
  function bufferSource(value, prefix, index) {
    if (!isBufferSource(value)) {
      throw codedError(
        TypeError, 'ERR_INVALID_ARG_TYPE',
        `${prefix}: ${ordinals[index]} argument is not instance of ` +
        'ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
    return value;
  }

  function copyBytes(source) {
    if (ArrayBuffer.isView(source)) {
      return new Uint8Array(source.buffer.slice(
        source.byteOffset, source.byteOffset + source.byteLength));
    }
    return new Uint8Array(source.slice(0));
  }

  function algorithmIdentifier(value) {
    if ((typeof value === 'object' && value !== null) ||
        typeof value === 'function') {
      return value;
    }
    return `${value}`;
  }

  const keyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];
  const keyUsages = [
    'encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
    'wrapKey', 'unwrapKey',
  ];

  function enumValue(value, values, type, prefix, index) {
    const string = `${value}`;
    if (!values.includes(string)) {
      throw codedError(
        TypeError, 'ERR_INVALID_ARG_VALUE',
        `${prefix}: ${ordinals[index]} argument value '${string}' is not a ` +
        `valid enum value of type ${type}.`);
    }
    return string;
  }

  function sequenceOf(value, context, convert) {
    if ((typeof value !== 'object' || value === null) &&
        typeof value !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       `${context} can not be converted to sequence.`);
    }
    const iterator = value[Symbol.iterator];
    if (typeof iterator !== 'function') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       `${context} can not be converted to sequence.`);
    }
    const result = [];
    for (const item of value) result.push(convert(item, result.length));
    return result;
  }

  function usagesOf(value, prefix, index) {
    const context = `${prefix}: ${ordinals[index]} argument`;
    return sequenceOf(value, context, (item, i) => {
      const string = `${item}`;
      if (!keyUsages.includes(string)) {
        throw codedError(
          TypeError, 'ERR_INVALID_ARG_VALUE',
          `${context}, index ${i} value '${string}' is not a valid enum ` +
          'value of type KeyUsage.');
      }
      return string;
    });
  }

  // [EnforceRange] unsigned long.
  function enforceRangeUint32(value, member, type) {
    const number = Number(value);
    if (!Number.isFinite(number)) {
      throw codedError(
        TypeError, 'ERR_INVALID_ARG_TYPE',
        `Failed to normalize algorithm: '${member}' of '${type}' (passed ` +
        'algorithm) is not a finite number.');
    }
    const integer = Math.trunc(number);
    if (integer < 0 || integer > 4294967295) {
      throw codedError(
        TypeError, 'ERR_OUT_OF_RANGE',
        `Failed to normalize algorithm: '${member}' of '${type}' (passed ` +
        'algorithm) is outside the expected range of 0 to 4294967295.');
    }
    return integer;
  }

  // ---- algorithm normalization ---------------------------------------------

  const hashes = {
    'SHA-1': { native: 'SHA1', bits: 160, block: 512, jwk: 'HS1' },
    'SHA-256': { native: 'SHA256', bits: 256, block: 512, jwk: 'HS256' },
    'SHA-384': { native: 'SHA384', bits: 384, block: 1024, jwk: 'HS384' },
    'SHA-512': { native: 'SHA512', bits: 512, block: 1024, jwk: 'HS512' },
  };

  // For each operation, its registered algorithms and their parameter
  // dictionary (null: plain Algorithm).
  const registered = {
    digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null,
              'SHA-512': null },
    importKey: { HMAC: 'HmacImportParams' },
    generateKey: { HMAC: 'HmacKeyGenParams' },
    sign: { HMAC: null },
    verify: { HMAC: null },
    exportKey: { HMAC: null },
  };

  function missingOption(type, member) {
    return codedError(
      TypeError, 'ERR_MISSING_OPTION',
      'Failed to normalize algorithm: passed algorithm can not be converted ' +
      `to '${type}' because '${member}' is required in '${type}'.`);
  }

  function unrecognized() {
    return new DOMException('Unrecognized algorithm name', 'NotSupportedError');
  }

  function normalizeAlgorithm(algorithm, op) {
    if (typeof algorithm === 'string') algorithm = { name: algorithm };
    const name = algorithm.name;
    if (name === undefined) throw missingOption('Algorithm', 'name');
    const wanted = `${name}`.toUpperCase();
    const table = registered[op] ?? {};
    const canonical = Object.keys(table).find(
      (key) => key.toUpperCase() === wanted);
    if (canonical === undefined) throw unrecognized();
    const type = table[canonical];
    const result = { name: canonical };
    if (type === 'HmacImportParams' || type === 'HmacKeyGenParams') {
      const hash = algorithm.hash;
      if (hash === undefined) throw missingOption(type, 'hash');
      const length = algorithm.length;
      result.hash = normalizeAlgorithm(algorithmIdentifier(hash), 'digest');
      if (length !== undefined) {
        result.length = enforceRangeUint32(length, 'length', type);
      }
    }
    return result;
  }

  // ---- CryptoKey -------------------------------------------------------------

  const kCreate = Symbol('isohost.cryptoKeyCreate');
  const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
  let keyMaterial;

  class CryptoKey {
    #type;
    #extractable;
    #algorithm;
    #usages;
    #material;

    constructor(token = undefined, type, extractable, algorithm, usages,
                material) {
      if (token !== kCreate) {
        throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR',
                         'Illegal constructor');
      }
      this.#type = type;
      this.#extractable = extractable;
      this.#algorithm = algorithm;
      this.#usages = usages;
      this.#material = material;
    }

    get type() {
      if (!(#type in this)) throw invalidThis('CryptoKey');
      return this.#type;
    }

    get extractable() {
      if (!(#type in this)) throw invalidThis('CryptoKey');
      return this.#extractable;
    }

    get algorithm() {
      if (!(#type in this)) throw invalidThis('CryptoKey');
      return this.#algorithm;
    }

    get usages() {
      if (!(#type in this)) throw invalidThis('CryptoKey');
      return this.#usages;
    }

    [inspectSymbol](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = {
        ...options, depth: options.depth == null ? null : options.depth - 1,
      };
      return `CryptoKey ${inspect({
        type: this.#type,
        extractable: this.#extractable,
        algorithm: this.#algorithm,
        usages: this.#usages,
      }, opts)}`;
    }

    static {
      keyMaterial = (key) => (#type in key ? key.#material : undefined);
    }
  }
  Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
    value: 'CryptoKey', configurable: true,
  });

  function isCryptoKey(value) {
    return (typeof value === 'object' && value !== null) &&
      keyMaterial(value) !== undefined;
  }

  function cryptoKey(value, prefix, index) {
    if (!isCryptoKey(value)) {
      throw codedError(
        TypeError, 'ERR_INVALID_ARG_TYPE',
        `${prefix}: ${ordinals[index]} argument is not of type CryptoKey.`);
    }
    return value;
  }

  // ---- base64url (JWK "k") -------------------------------------------------

  const b64 =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  function base64urlEncode(bytes) {
    let out = '';
    let i = 0;
    for (; i + 2 < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += b64[n >> 18] + b64[(n >> 12) & 63] + b64[(n >> 6) & 63] +
        b64[n & 63];
    }
    if (i < bytes.length) {
      const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8);
      out += b64[n >> 18] + b64[(n >> 12) & 63];
      if (i + 1 < bytes.length) out += b64[(n >> 6) & 63];
    }
    return out;
  }

  // Lenient, like Node's base64 decoding: both alphabets, and characters
  // outside them are skipped.
  function base64urlDecode(text) {
    const out = [];
    let bits = 0;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let v;
      if (c >= 65 && c <= 90) v = c - 65;
      else if (c >= 97 && c <= 122) v = c - 71;
      else if (c >= 48 && c <= 57) v = c + 4;
      else if (c === 45 || c === 43) v = 62;
      else if (c === 95 || c === 47) v = 63;
      else if (c === 61) break;
      else continue;
      bits = (bits << 6) | v;
      count += 6;
      if (count >= 8) {
        count -= 8;
        out.push((bits >> count) & 0xff);
      }
    }
    return new Uint8Array(out);
  }

  // ---- HMAC ----------------------------------------------------------------

  function checkHmacUsages(usages) {
    for (const usage of usages) {
      if (usage !== 'sign' && usage !== 'verify') {
        throw new DOMException('Unsupported key usage for an HMAC key',
                               'SyntaxError');
      }
    }
  }

  function dataError(message) {
    return new DOMException(message, 'DataError');
  }

  function hmacKeyFromJwk(jwk, algorithm, extractable, usages) {
    if (typeof jwk.kty !== 'string' || jwk.k === undefined) {
      throw dataError('Invalid keyData');
    }
    if (jwk.kty !== 'oct') throw dataError('Invalid JWK "kty" Parameter');
    const material = base64urlDecode(`${jwk.k}`);
    if (material.length === 0) {
      throw dataError('Zero-length key is not supported');
    }
    if (jwk.alg !== undefined &&
        `${jwk.alg}` !== hashes[algorithm.hash.name].jwk) {
      throw dataError('JWK "alg" does not match the requested algorithm');
    }
    if (usages.length > 0 && jwk.use !== undefined && `${jwk.use}` !== 'sig') {
      throw dataError('Invalid JWK "use" Parameter');
    }
    if (jwk.key_ops !== undefined) {
      const ops = sequenceOf(
        jwk.key_ops,
        "Failed to execute 'importKey' on 'SubtleCrypto': 'key_ops' of " +
        "'JsonWebKey' (2nd argument)", (item) => `${item}`);
      if (new Set(ops).size !== ops.length) {
        throw dataError('Duplicate key operation');
      }
      if (!usages.every((usage) => ops.includes(usage))) {
        throw dataError('Key operations and usage mismatch');
      }
    }
    if (jwk.ext !== undefined && !jwk.ext && extractable) {
      throw dataError('JWK "ext" Parameter and extractable mismatch');
    }
    return material;
  }

  function importHmac(format, keyData, algorithm, extractable, usages) {
    checkHmacUsages(usages);
    let material;
    if (format === 'raw') {
      material = copyBytes(keyData);
      if (material.length === 0) {
        throw dataError('Zero-length key is not supported');
      }
    } else if (format === 'jwk') {
      material = hmacKeyFromJwk(keyData, algorithm, extractable, usages);
    } else {
      throw new DOMException(
        `Unable to import HMAC key with format ${format}`,
        'NotSupportedError');
    }
    const bits = material.length * 8;
    if (algorithm.length !== undefined && format === 'raw') {
      if (algorithm.length === 0) {
        throw dataError('Zero-length key is not supported');
      }
      if (algorithm.length !== bits) throw dataError('Invalid key length');
    }
    return new CryptoKey(kCreate, 'secret', extractable, {
      name: 'HMAC', hash: { name: algorithm.hash.name }, length: bits,
    }, usages, material);
  }

  function generateHmac(algorithm, extractable, usages) {
    checkHmacUsages(usages);
    const hash = hashes[algorithm.hash.name];
    const length = algorithm.length ?? hash.block;
    if (length === 0) {
      throw new DOMException(
        'The operation failed for an operation-specific reason',
        'OperationError');
    }
    if (length % 8 !== 0) {
      throw codedError(
        TypeError, 'ERR_INVALID_ARG_VALUE',
        "The property 'algorithm.length' must be a multiple of 8. " +
        `Received ${length}`);
    }
    const material = new Uint8Array(length / 8);
    native.randomFill(material, 0, material.length);
    return new CryptoKey(kCreate, 'secret', extractable, {
      name: 'HMAC', length, hash: { name: algorithm.hash.name },
    }, usages, material);
  }

  function hmacSign(key, data) {
    const hash = hashes[key.algorithm.hash.name];
    const out = new Uint8Array(hash.bits / 8);
    native.hmac(hash.native, keyMaterial(key), data, out);
    return out.buffer;
  }

  function checkKeyUse(key, algorithm, usage) {
    if (!key.usages.includes(usage) ||
        key.algorithm.name !== algorithm.name) {
      throw new DOMException(`Unable to use this key to ${usage}`,
                             'InvalidAccessError');
    }
  }

  function noEmptyUsages(key, action) {
    if (key.usages.length === 0) {
      throw new DOMException(
        `Usages cannot be empty when ${action} a secret key.`, 'SyntaxError');
    }
  }

  // ---- SubtleCrypto ----------------------------------------------------------

  let subtle;

  function prefixOf(method) {
    return `Failed to execute '${method}' on 'SubtleCrypto'`;
  }

  function checkCall(self, method, given, required) {
    if (self !== subtle) throw invalidThis('SubtleCrypto');
    if (given < required) {
      throw missingArgs(method, 'SubtleCrypto', required, given);
    }
  }

  class SubtleCrypto {
    constructor(token = undefined) {
      if (token !== kCreate) {
        throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR',
                         'Illegal constructor');
      }
    }

    async encrypt(algorithm, key, data) {
      return unsupported(this, 'encrypt', arguments, 3, 0, [1], [2]);
    }

    async decrypt(algorithm, key, data) {
      return unsupported(this, 'decrypt', arguments, 3, 0, [1], [2]);
    }

    async sign(algorithm, key, data) {
      checkCall(this, 'sign', arguments.length, 3);
      const prefix = prefixOf('sign');
      algorithm = algorithmIdentifier(algorithm);
      cryptoKey(key, prefix, 1);
      bufferSource(data, prefix, 2);
      const normalized = normalizeAlgorithm(algorithm, 'sign');
      checkKeyUse(key, normalized, 'sign');
      return hmacSign(key, data);
    }

    async verify(algorithm, key, signature, data) {
      checkCall(this, 'verify', arguments.length, 4);
      const prefix = prefixOf('verify');
      algorithm = algorithmIdentifier(algorithm);
      cryptoKey(key, prefix, 1);
      bufferSource(signature, prefix, 2);
      bufferSource(data, prefix, 3);
      const normalized = normalizeAlgorithm(algorithm, 'verify');
      checkKeyUse(key, normalized, 'verify');
      const expected = new Uint8Array(hmacSign(key, data));
      const given = copyBytes(signature);
      return given.length === expected.length &&
        native.timingSafeEqual(given, expected);
    }

    async digest(algorithm, data) {
      checkCall(this, 'digest', arguments.length, 2);
      algorithm = algorithmIdentifier(algorithm);
      bufferSource(data, prefixOf('digest'), 1);
      const normalized = normalizeAlgorithm(algorithm, 'digest');
      const hash = hashes[normalized.name];
      const out = new Uint8Array(hash.bits / 8);
      native.digest(hash.native, data, out);
      return out.buffer;
    }

    async generateKey(algorithm, extractable, keyUsages) {
      checkCall(this, 'generateKey', arguments.length, 3);
      const prefix = prefixOf('generateKey');
      algorithm = algorithmIdentifier(algorithm);
      extractable = Boolean(extractable);
      const usages = usagesOf(keyUsages, prefix, 2);
      const normalized = normalizeAlgorithm(algorithm, 'generateKey');
      const key = generateHmac(normalized, extractable, usages);
      if (key.usages.length === 0) {
        throw new DOMException('Usages cannot be empty when creating a key.',
                               'SyntaxError');
      }
      return key;
    }

    async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable,
                    keyUsages) {
      return unsupported(this, 'deriveKey', arguments, 5, 0, [1], []);
    }

    async deriveBits(algorithm, baseKey, length) {
      return unsupported(this, 'deriveBits', arguments, 2, 0, [1], []);
    }

    async importKey(format, keyData, algorithm, extractable, keyUsages) {
      checkCall(this, 'importKey', arguments.length, 4);
      const prefix = prefixOf('importKey');
      format = enumValue(format, keyFormats, 'KeyFormat', prefix, 0);
      if (format === 'jwk') {
        if (keyData !== undefined && keyData !== null &&
            typeof keyData !== 'object' && typeof keyData !== 'function') {
          throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                           `${prefix}: 2nd argument can not be converted to ` +
                           'a dictionary');
        }
        if (keyData === undefined || keyData === null ||
            isBufferSource(keyData)) {
          throw dataError('Invalid keyData');
        }
      } else {
        bufferSource(keyData, prefix, 1);
      }
      algorithm = algorithmIdentifier(algorithm);
      extractable = Boolean(extractable);
      const usages = usagesOf(keyUsages, prefix, 4);
      const normalized = normalizeAlgorithm(algorithm, 'importKey');
      const key = importHmac(format, keyData, normalized, extractable, usages);
      noEmptyUsages(key, 'importing');
      return key;
    }

    async exportKey(format, key) {
      checkCall(this, 'exportKey', arguments.length, 2);
      const prefix = prefixOf('exportKey');
      format = enumValue(format, keyFormats, 'KeyFormat', prefix, 0);
      cryptoKey(key, prefix, 1);
      if (!key.extractable) {
        throw new DOMException('key is not extractable', 'InvalidAccessError');
      }
      const material = keyMaterial(key);
      if (format === 'raw') return material.slice().buffer;
      if (format === 'jwk') {
        return {
          key_ops: [...key.usages],
          ext: key.extractable,
          kty: 'oct',
          k: base64urlEncode(material),
          alg: hashes[key.algorithm.hash.name].jwk,
        };
      }
      throw new DOMException(
        `Unable to export an HMAC key in format ${format}`,
        'NotSupportedError');
    }

    async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
      return unsupported(this, 'wrapKey', arguments, 4, 3, [1, 2], []);
    }

    async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm,
                    unwrappedKeyAlgorithm, extractable, keyUsages) {
      return unsupported(this, 'unwrapKey', arguments, 7, 3, [2], [1]);
    }
  }
  Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
    value: 'SubtleCrypto', configurable: true,
  });

  // An operation with no registered algorithm: the argument checks (keys
  // and buffers at the given argument positions), then algorithm
  // normalization, which cannot succeed.
  function unsupported(self, method, args, required, algorithmIndex, keys,
                       buffers) {
    checkCall(self, method, args.length, required);
    const prefix = prefixOf(method);
    for (const index of keys) cryptoKey(args[index], prefix, index);
    for (const index of buffers) bufferSource(args[index], prefix, index);
    normalizeAlgorithm(algorithmIdentifier(args[algorithmIndex]), method);
    throw unrecognized();
  }

  subtle = new SubtleCrypto(kCreate);

  exports.SubtleCrypto = SubtleCrypto;
  exports.CryptoKey = CryptoKey;
  exports.subtle = subtle;
  exports.codedError = codedError;
  exports.invalidThis = invalidThis;
  exports.missingArgs = missingArgs;
  exports.isArrayBuffer = isArrayBuffer;
  exports.describeReceived = describeReceived;
});
