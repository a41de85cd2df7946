// Percent-encoding for the URL Standard: the percent-encode sets, UTF-8
// percent-encoding and percent-decoding (with UTF-8 decode without BOM, so
// invalid bytes become U+FFFD), and application/x-www-form-urlencoded
// parsing and serializing.
(function (exports, require, binding, internals, module) {
  'use strict';

  // One bit per percent-encode set; every set holds the C0 controls and
  // everything above U+007E, so only ASCII needs a table.
  const C0 = 1, FRAGMENT = 2, QUERY = 4, SPECIAL_QUERY = 8, PATH = 16,
    USERINFO = 32, COMPONENT = 64, FORM = 128;
  const table = new Uint8Array(128);
  const add = (bits, chars) => {
    for (const ch of chars) table[ch.charCodeAt(0)] |= bits;
  };
  for (let c = 0; c < 0x20; c++) table[c] = 0xff;
  table[0x7f] = 0xff;
  add(FRAGMENT, ' "<>`');
  add(QUERY | SPECIAL_QUERY | PATH | USERINFO | COMPONENT | FORM, ' "#<>');
  add(SPECIAL_QUERY, "'");
  add(PATH | USERINFO | COMPONENT | FORM, '?`{}');
  add(USERINFO | COMPONENT | FORM, '/:;=@[\\]^|');
  add(COMPONENT | FORM, '$%&+,');
  add(FORM, "!'()~");

  const hex = [];
  for (let i = 0; i < 256; i++) {
    hex.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());
  }

  function utf8Percent(cp) {
    if (cp < 0x80) return hex[cp];
    if (cp < 0x800) return hex[0xc0 | (cp >> 6)] + hex[0x80 | (cp & 0x3f)];
    if (cp < 0x10000) {
      return hex[0xe0 | (cp >> 12)] + hex[0x80 | ((cp >> 6) & 0x3f)] +
        hex[0x80 | (cp & 0x3f)];
    }
    return hex[0xf0 | (cp >> 18)] + hex[0x80 | ((cp >> 12) & 0x3f)] +
      hex[0x80 | ((cp >> 6) & 0x3f)] + hex[0x80 | (cp & 0x3f)];
  }

  // UTF-8 percent-encodes the code points of `s` that are in `set` (a lone
  // surrogate counts as U+FFFD); with spaceAsPlus, U+0020 becomes "+".
  function percentEncode(s, set, spaceAsPlus = false) {
    let out = '';
    let last = 0;
    const len = s.length;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if ((table[c] & set) === 0) continue;
        if (i > last) out += s.slice(last, i);
        out += spaceAsPlus && c === 0x20 ? '+' : hex[c];
        last = i + 1;
        continue;
      }
      if (i > last) out += s.slice(last, i);
      let cp = c;
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < len ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else {
          cp = 0xfffd;
        }
      }
      out += utf8Percent(cp);
      last = i + 1;
    }
    if (last === 0) return s;
    return last < len ? out + s.slice(last) : out;
  }

  const hexValue = (c) => {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (c >= 0x41 && c <= 0x46) return c - 0x37;
    if (c >= 0x61 && c <= 0x66) return c - 0x57;
    return -1;
  };

  // UTF-8 decode without BOM of a byte array (the Encoding Standard's
  // decoder: each maximal invalid subpart becomes one U+FFFD).
  function utf8Decode(bytes) {
    let out = '';
    let chunk = [];
    const emit = (cp) => {
      chunk.push(cp);
      if (chunk.length >= 4096) {
        out += String.fromCodePoint(...chunk);
        chunk = [];
      }
    };
    let needed = 0, seen = 0, cp = 0, lower = 0x80, upper = 0xbf;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (needed === 0) {
        if (b <= 0x7f) {
          emit(b);
        } else if (b >= 0xc2 && b <= 0xdf) {
          needed = 1; cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
          needed = 2; cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
          needed = 3; cp = b & 0x7;
        } else {
          emit(0xfffd);
        }
        continue;
      }
      if (b < lower || b > upper) {
        needed = seen = cp = 0;
        lower = 0x80; upper = 0xbf;
        emit(0xfffd);
        i--;
        continue;
      }
      lower = 0x80; upper = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
      if (++seen === needed) {
        emit(cp);
        needed = seen = cp = 0;
      }
    }
    if (needed !== 0) emit(0xfffd);
    if (chunk.length > 0) out += String.fromCodePoint(...chunk);
    return out;
  }

  // Appends the UTF-8 bytes of s[i] (and its low surrogate) to `bytes`;
  // returns the index of the last code unit used.
  function pushUtf8(bytes, s, i) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x80) {
      bytes.push(cp);
    } else if (cp < 0x800) {
      bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else {
      bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f),
                 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    }
    return i;
  }

  // Percent-decodes the UTF-8 encoding of `s` and decodes the bytes as
  // UTF-8 (a "%" without two hex digits stays as it is).
  function percentDecode(s) {
    if (s.indexOf('%') === -1) return s;
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x25 && i + 2 < s.length) {
        const h = hexValue(s.charCodeAt(i + 1));
        const l = hexValue(s.charCodeAt(i + 2));
        if (h >= 0 && l >= 0) {
          bytes.push(h * 16 + l);
          i += 2;
          continue;
        }
      }
      if (c < 0x80) bytes.push(c);
      else i = pushUtf8(bytes, s, i);
    }
    return utf8Decode(bytes);
  }

  // Decodes a name or value the way Node 20 does (querystring.unescape):
  // with decodeURIComponent when that works; otherwise byte by byte, where
  // a character that is not part of a "%XX" stands for the low byte of its
  // code unit, then UTF-8 decode. The two differ from the URL Standard only
  // when raw non-ASCII characters meet bad UTF-8 in one string ("\u00e9%FF"
  // is "\ufffd\ufffd" in Node). Only strings with a "%XX" (ignoring "+",
  // as Node's scan does) are decoded at all.
  function decodeFormPart(raw) {
    let s = raw;
    if (s.indexOf('+') !== -1) {
      if (!/%[0-9a-fA-F]{2}/.test(s.replace(/\+/g, ''))) return s.replace(/\+/g, ' ');
      s = s.replace(/\+/g, ' ');
    } else if (!/%[0-9a-fA-F]{2}/.test(s)) {
      return s;
    }
    try {
      return decodeURIComponent(s);
    } catch {
      // Below.
    }
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x25 && i + 2 < s.length) {
        const h = hexValue(s.charCodeAt(i + 1));
        const l = hexValue(s.charCodeAt(i + 2));
        if (h >= 0 && l >= 0) {
          bytes.push(h * 16 + l);
          i += 2;
          continue;
        }
      }
      bytes.push(c & 0xff);
    }
    return utf8Decode(bytes);
  }

  // application/x-www-form-urlencoded parsing: [name, value, name, ...].
  function parseForm(input) {
    const list = [];
    if (input === '') return list;
    for (const sequence of input.split('&')) {
      if (sequence === '') continue;
      const eq = sequence.indexOf('=');
      const name = eq === -1 ? sequence : sequence.slice(0, eq);
      const value = eq === -1 ? '' : sequence.slice(eq + 1);
      list.push(decodeFormPart(name), decodeFormPart(value));
    }
    return list;
  }

  // application/x-www-form-urlencoded serializing of a flat pair list.
  function serializeForm(list) {
    let out = '';
    for (let i = 0; i < list.length; i += 2) {
      if (i > 0) out += '&';
      out += percentEncode(list[i], FORM, true) + '=' +
        percentEncode(list[i + 1], FORM, true);
    }
    return out;
  }

  module.exports = {
    sets: { C0, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM },
    percentEncode, percentDecode, utf8Decode, parseForm, serializeForm,
    decodeFormPart,
  };
});
