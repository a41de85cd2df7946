// node:internal/buffer_encodings: Buffer's encoding names and, per
// encoding, how a string is measured, written, read back and searched for
// (the C++ in binding('buffer') does the bytes).
//
// Two lookups, as in Node: normalizeEncoding() (Buffer.isEncoding, fill,
// StringDecoder) takes null/undefined/'' as utf8; encodingOps() (toString,
// write, byteLength, indexOf) takes `${encoding}` and knows no default.
// Both match names ASCII-case-insensitively.
(function (exports, require, binding, internals, module) {
  'use strict';

  const codec = binding('buffer');

  const kUtf8 = 0;
  const kUcs2 = 1;
  const kLatin1 = 2;
  const kAscii = 3;
  const kHex = 4;
  const kBase64 = 5;
  const kBase64Url = 6;

  // Lower-case name -> normalized name.
  const names = new Map([
    ['utf8', 'utf8'], ['utf-8', 'utf8'],
    ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'],
    ['utf-16le', 'utf16le'],
    ['latin1', 'latin1'], ['binary', 'latin1'],
    ['base64', 'base64'], ['base64url', 'base64url'],
    ['hex', 'hex'], ['ascii', 'ascii'],
  ]);

  function normalizeEncoding(encoding) {
    if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') {
      return 'utf8';
    }
    if (typeof encoding !== 'string') {
      // Node switches on `encoding.length` and compares `${encoding}`: a
      // String object passes, other objects and numbers do not.
      if (typeof encoding.length !== 'number') return undefined;
      encoding = `${encoding}`;
    }
    if (encoding === '') return 'utf8';
    return names.get(encoding.toLowerCase());
  }

  function base64ByteLength(string, bytes) {
    if (string.charCodeAt(bytes - 1) === 0x3d) bytes--;
    if (bytes > 1 && string.charCodeAt(bytes - 1) === 0x3d) bytes--;
    return (bytes * 3) >>> 2;
  }

  // The bytes of `string` in an encoding without a C++ search of its own.
  function bytesOf(string, ops) {
    const bytes = new Uint8Array(ops.byteLength(string));
    const written = codec.write(bytes, string, 0, bytes.length, ops.value);
    return written === bytes.length ? bytes : bytes.subarray(0, written);
  }

  function makeOps(name, value, byteLength, searchAsString) {
    const method = name === 'utf16le' ? 'ucs2' : name;
    const ops = {
      encoding: name,
      value,
      // Buffer.prototype's methods for it, which toString() and write()
      // call on the receiver as Node does.
      sliceMethod: `${method}Slice`,
      writeMethod: `${method}Write`,
      byteLength,
      write: (buf, string, offset, length) =>
        codec.write(buf, string, offset, length, value),
      slice: (buf, start, end) => codec.slice(buf, start, end, value),
      indexOf: searchAsString ?
        (buf, string, byteOffset, forward) =>
          codec.indexOfString(buf, string, byteOffset, value, forward) :
        (buf, string, byteOffset, forward) =>
          codec.indexOfBuffer(buf, bytesOf(string, ops), byteOffset, value,
                              forward),
    };
    return ops;
  }

  const utf8 = makeOps('utf8', kUtf8, (s) => codec.byteLengthUtf8(s), true);
  const ucs2 = makeOps('utf16le', kUcs2, (s) => s.length * 2, true);
  const latin1 = makeOps('latin1', kLatin1, (s) => s.length, true);
  const ascii = makeOps('ascii', kAscii, (s) => s.length, false);
  const base64 = makeOps('base64', kBase64,
                         (s) => base64ByteLength(s, s.length), false);
  const base64url = makeOps('base64url', kBase64Url,
                            (s) => base64ByteLength(s, s.length), false);
  const hex = makeOps('hex', kHex, (s) => s.length >>> 1, false);
  const opsByName = {
    utf8, utf16le: ucs2, latin1, ascii, base64, base64url, hex,
  };

  function encodingOps(encoding) {
    encoding += '';
    if (encoding === 'utf8') return utf8;
    const name = names.get(encoding.toLowerCase());
    return name === undefined ? undefined : opsByName[name];
  }

  exports.normalizeEncoding = normalizeEncoding;
  exports.encodingOps = encodingOps;
  exports.opsByName = opsByName;
  exports.encodingValues = {
    __proto__: null,
    utf8: kUtf8, utf16le: kUcs2, latin1: kLatin1, ascii: kAscii, hex: kHex,
    base64: kBase64, base64url: kBase64Url,
  };
});
