// node:crypto's string encodings (Node's names: utf8, hex, base64,
// base64url, latin1/binary, ascii, utf16le/ucs2), as Buffer.from() and
// buf.toString() treat them, for hash inputs and digest outputs. UTF-8
// goes through V8 (binding('blob')); the rest is here. node:buffer will
// provide the same conversions; these stay so node:crypto does not need
// it.
(function (exports, require, binding, internals, module) {
  'use strict';
  const utf8 = binding('blob');

  // Node's normalizeEncoding(): the canonical name, or undefined.
  function normalizeEncoding(encoding) {
    if (encoding === undefined || encoding === null || encoding === '') {
      return 'utf8';
    }
    switch (`${encoding}`.toLowerCase()) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le':
        return 'utf16le';
      default: return undefined;
    }
  }

  function hexValue(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  }

  // Pairs of hex digits up to the first pair that is not one.
  function hexToBytes(text) {
    const out = new Uint8Array(text.length >>> 1);
    let i = 0;
    for (; i < out.length; i++) {
      const hi = hexValue(text.charCodeAt(2 * i));
      const lo = hexValue(text.charCodeAt(2 * i + 1));
      if (hi < 0 || lo < 0) break;
      out[i] = (hi << 4) | lo;
    }
    return i === out.length ? out : out.subarray(0, i);
  }

  // Both alphabets; other characters are skipped; decoding stops at '='.
  function base64ToBytes(text) {
    const out = new Uint8Array(Math.ceil(text.length * 3 / 4));
    let length = 0;
    let bits = 0;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let v;
      if (c >= 65 && c <= 90) v = c - 65;
      else if (c >= 97 && c <= 122) v = c - 71;
      else if (c >= 48 && c <= 57) v = c + 4;
      else if (c === 43 || c === 45) v = 62;
      else if (c === 47 || c === 95) v = 63;
      else if (c === 61) break;
      else continue;
      bits = ((bits << 6) | v) & 0xffffff;
      count += 6;
      if (count >= 8) {
        count -= 8;
        out[length++] = (bits >> count) & 0xff;
      }
    }
    return out.subarray(0, length);
  }

  const hexDigits = [];
  for (let i = 0; i < 256; i++) hexDigits.push(i.toString(16).padStart(2, '0'));

  function bytesToHex(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += hexDigits[bytes[i]];
    return out;
  }

  const b64 =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const b64url =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  function bytesToBase64(bytes, alphabet, pad) {
    let out = '';
    let i = 0;
    for (; i + 2 < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] +
        alphabet[(n >> 6) & 63] + alphabet[n & 63];
    }
    if (i < bytes.length) {
      const two = i + 1 < bytes.length;
      const n = (bytes[i] << 16) | (two ? bytes[i + 1] << 8 : 0);
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63];
      out += two ? alphabet[(n >> 6) & 63] : (pad ? '=' : '');
      if (pad) out += '=';
    }
    return out;
  }

  function charsOf(bytes, mask) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 4096) {
      const chunk = bytes.subarray(i, i + 4096);
      out += String.fromCharCode.apply(
        null, mask === 0xff ? chunk : Array.from(chunk, (b) => b & mask));
    }
    return out;
  }

  function bytesToUtf16(bytes) {
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    }
    return out;
  }

  // A hash input string in `encoding` (canonical) -> what binding('crypto')
  // takes: the string itself for the encodings C++ handles, else bytes.
  function inputOf(text, encoding) {
    switch (encoding) {
      case 'hex': return hexToBytes(text);
      case 'base64': case 'base64url': return base64ToBytes(text);
      default: return text;
    }
  }

  // The C++ name of a string encoding it handles itself.
  function nativeEncoding(encoding) {
    if (encoding === 'latin1' || encoding === 'ascii') return 'latin1';
    if (encoding === 'utf16le') return 'utf16le';
    return 'utf8';
  }

  function bytesToString(bytes, encoding) {
    switch (encoding) {
      case 'hex': return bytesToHex(bytes);
      case 'base64': return bytesToBase64(bytes, b64, true);
      case 'base64url': return bytesToBase64(bytes, b64url, false);
      case 'latin1': return charsOf(bytes, 0xff);
      case 'ascii': return charsOf(bytes, 0x7f);
      case 'utf16le': return bytesToUtf16(bytes);
      default: return utf8.utf8Decode(bytes, false);
    }
  }

  function stringToBytes(text, encoding) {
    const input = inputOf(text, encoding);
    if (typeof input !== 'string') return input;
    switch (encoding) {
      case 'latin1': case 'ascii': {
        const out = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
        return out;
      }
      case 'utf16le': {
        const out = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++) {
          const unit = text.charCodeAt(i);
          out[2 * i] = unit & 0xff;
          out[2 * i + 1] = unit >> 8;
        }
        return out;
      }
      default: {
        const out = new Uint8Array(utf8.utf8Length(text));
        utf8.utf8Write(text, out);
        return out;
      }
    }
  }

  exports.normalizeEncoding = normalizeEncoding;
  exports.inputOf = inputOf;
  exports.nativeEncoding = nativeEncoding;
  exports.bytesToString = bytesToString;
  exports.stringToBytes = stringToBytes;
});
