// node:string_decoder: StringDecoder, with Node 20's observable behaviour
// for characters split across writes.
//
// The state is Node's: a 7-byte Buffer under a symbol (bytes 0-3 the
// incomplete character, 4 the bytes still missing, 5 the bytes held, 6
// the encoding in Node's numbering), so lastChar/lastNeed/lastTotal and
// console.log(decoder) read as in Node. A held UTF-8 sequence is decoded on
// its own once complete or broken (V8's decoder, one U+FFFD per maximal
// subpart), like Node's C++ decoder does; the bytes are turned into text by
// binding('buffer').
(function (exports, require, binding, internals, module) {
  'use strict';

  const codec = binding('buffer');
  const { Buffer } = require('node:buffer');
  const { normalizeEncoding: normalize, encodingValues } =
    require('node:internal/buffer_encodings');
  const { invalidArgType, unknownEncoding, coded } =
    require('node:internal/buffer_errors');

  const kNativeDecoder = Symbol('kNativeDecoder');
  const kMissing = 4;
  const kHeld = 5;
  const kEncoding = 6;
  const kStateSize = 7;

  // Node's enum encoding.
  const nodeEncodings = {
    __proto__: null,
    ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5,
    base64url: 7,
  };
  const kAscii = 0;
  const kUtf8 = 1;
  const kBase64 = 2;
  const kUcs2 = 3;
  const kBase64Url = 7;
  // Node's number -> binding('buffer')'s.
  const codecEncodings = [];
  for (const name of Object.keys(nodeEncodings)) {
    codecEncodings[nodeEncodings[name]] = encodingValues[name];
  }

  function normalizeEncoding(encoding) {
    const normalized = normalize(encoding);
    if (normalized === undefined) {
      if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(encoding)) {
        throw unknownEncoding(encoding);
      }
      return encoding;
    }
    return normalized;
  }
  const isEncoding = Buffer.isEncoding;

  function toText(bytes, start, end, encoding) {
    if (end <= start) return '';
    return codec.slice(bytes, start, end, codecEncodings[encoding] ?? 0);
  }

  function decode(state, view) {
    const data = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const encoding = state[kEncoding];
    if (encoding !== kUtf8 && encoding !== kUcs2 && encoding !== kBase64 &&
        encoding !== kBase64Url) {
      return toText(data, 0, data.length, encoding);
    }
    let start = 0;
    let length = data.length;
    let prepend = '';
    // Finish the character the last write left incomplete.
    if (state[kMissing] > 0) {
      if (encoding === kUtf8) {
        // A byte that should continue the sequence but does not ends it
        // (held as it is) and starts the next character.
        for (let i = 0; i < length && i < state[kMissing]; i++) {
          if ((data[i] & 0xc0) !== 0x80) {
            state[kMissing] = 0;
            state.set(data.subarray(0, i), state[kHeld]);
            state[kHeld] += i;
            start += i;
            length -= i;
            break;
          }
        }
      }
      const found = Math.min(length, state[kMissing]);
      state.set(data.subarray(start, start + found), state[kHeld]);
      start += found;
      length -= found;
      state[kMissing] -= found;
      state[kHeld] += found;
      if (state[kMissing] === 0) {
        prepend = toText(state, 0, state[kHeld], encoding);
        state[kHeld] = 0;
      }
    }
    if (length === 0) return prepend;

    // Hold back a character the end of this write cuts.
    const end = start + length;
    if (encoding === kUtf8 && (data[end - 1] & 0x80)) {
      for (let i = length - 1; ; --i) {
        state[kHeld]++;
        const byte = data[start + i];
        if ((byte & 0xc0) === 0x80) {
          // A continuation byte: keep looking for the lead, but not
          // further back than a character can reach.
          if (state[kHeld] >= 4 || i === 0) {
            state[kHeld] = 0;
            break;
          }
          continue;
        }
        if ((byte & 0xe0) === 0xc0) {
          state[kMissing] = 2;
        } else if ((byte & 0xf0) === 0xe0) {
          state[kMissing] = 3;
        } else if ((byte & 0xf8) === 0xf0) {
          state[kMissing] = 4;
        } else {
          state[kHeld] = 0;
          break;
        }
        if (state[kHeld] >= state[kMissing]) {
          // Complete (or too long to be a character anyway).
          state[kMissing] = 0;
          state[kHeld] = 0;
        }
        state[kMissing] -= state[kHeld];
        break;
      }
    } else if (encoding === kUcs2) {
      if (length % 2 === 1) {
        state[kHeld] = 1;
        state[kMissing] = 1;
      } else if ((data[end - 1] & 0xfc) === 0xd8) {
        // A lead surrogate waits for its trail.
        state[kHeld] = 2;
        state[kMissing] = 2;
      }
    } else if (encoding === kBase64 || encoding === kBase64Url) {
      state[kHeld] = length % 3;
      if (state[kHeld] > 0) state[kMissing] = 3 - state[kHeld];
    }
    if (state[kHeld] > 0) {
      length -= state[kHeld];
      state.set(data.subarray(start + length, end), 0);
    }
    return prepend + toText(data, start, start + length, encoding);
  }

  function flush(state) {
    const encoding = state[kEncoding];
    if (encoding === kUcs2 && state[kHeld] % 2 === 1) {
      // A lone last byte of UTF-16 is dropped.
      state[kMissing]--;
      state[kHeld]--;
    }
    if (state[kHeld] === 0) return '';
    const result = toText(state, 0, state[kHeld], encoding);
    state[kMissing] = 0;
    state[kHeld] = 0;
    return result;
  }

  function StringDecoder(encoding) {
    this.encoding = normalizeEncoding(encoding);
    this[kNativeDecoder] = Buffer.alloc(kStateSize);
    this[kNativeDecoder][kEncoding] = nodeEncodings[this.encoding] ?? kAscii;
  }

  StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (!this[kNativeDecoder]) {
      throw coded(TypeError, 'ERR_INVALID_THIS',
                  'Value of "this" must be of type StringDecoder');
    }
    return decode(this[kNativeDecoder], buf);
  };

  StringDecoder.prototype.end = function end(buf) {
    let result = '';
    if (buf !== undefined) result = this.write(buf);
    if (this[kNativeDecoder][kHeld] > 0) {
      result += flush(this[kNativeDecoder]);
    }
    return result;
  };

  StringDecoder.prototype.text = function text(buf, offset) {
    this[kNativeDecoder][kMissing] = 0;
    this[kNativeDecoder][kHeld] = 0;
    return this.write(buf.slice(offset));
  };

  Object.defineProperties(StringDecoder.prototype, {
    lastChar: {
      configurable: true,
      enumerable: true,
      get() { return this[kNativeDecoder].subarray(0, 4); },
    },
    lastNeed: {
      configurable: true,
      enumerable: true,
      get() { return this[kNativeDecoder][kMissing]; },
    },
    lastTotal: {
      configurable: true,
      enumerable: true,
      get() {
        return this[kNativeDecoder][kHeld] + this[kNativeDecoder][kMissing];
      },
    },
  });

  exports.StringDecoder = StringDecoder;
});
