// node:querystring as in Node 20, quirks included: a key or value is only
// percent-decoded when it holds a well-formed %XX (a '+' still becomes a
// space), multi-character separators are matched without backtracking,
// maxKeys counts empty pairs, and escape() folds a surrogate with
// whatever follows it. parse/stringify look up escape/unescape on the
// module object at call time, so overriding them works as in Node.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { codes } = require('node:internal/errors');

  const hexTable = [];
  for (let i = 0; i < 256; ++i) {
    hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);
  }
  const hexValue = (code) => {
    if (code >= 48 && code <= 57) return code - 48;
    if (code >= 65 && code <= 70) return code - 55;
    if (code >= 97 && code <= 102) return code - 87;
    return -1;
  };
  const isHex = (code) => hexValue(code) !== -1;

  // ASCII that escape() leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( )
  const unreserved = new Uint8Array(128);
  for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") {
    unreserved[ch.charCodeAt(0)] = 1;
  }

  // ---- unescape ------------------------------------------------------------

  // %XX sequences to bytes; every other UTF-16 unit is stored as one byte
  // (its low 8 bits), as Node's Buffer-based version does.
  function unescapeBytes(s, decodeSpaces) {
    const out = new Uint8Array(s.length);
    let length = 0;
    let hasHex = false;
    for (let i = 0; i < s.length; i++) {
      let code = s.charCodeAt(i);
      if (code === 43 && decodeSpaces) {  // '+'
        out[length++] = 32;
        continue;
      }
      if (code === 37 && i < s.length - 2) {  // '%'
        const high = hexValue(s.charCodeAt(i + 1));
        if (high === -1) {
          out[length++] = 37;
          continue;
        }
        const low = hexValue(s.charCodeAt(i + 2));
        if (low === -1) {
          out[length++] = 37;
          i++;  // the next unit is stored as itself by the next round
          out[length++] = s.charCodeAt(i);
          continue;
        }
        hasHex = true;
        code = high * 16 + low;
        i += 2;
      }
      out[length++] = code;
    }
    return hasHex ? out.subarray(0, length) : out;
  }

  function unescapeBuffer(s, decodeSpaces) {
    const bytes = unescapeBytes(s, decodeSpaces);
    const Buffer = internals.global.Buffer;
    if (typeof Buffer?.from === 'function') {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    return bytes;
  }

  // UTF-8 to a string, each bad sequence one U+FFFD (WHATWG decoding, as
  // Buffer#toString does).
  function decodeUtf8(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length;) {
      const b = bytes[i];
      let needed = 0;
      let point = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b < 0x80) {
        out += String.fromCharCode(b);
        i++;
        continue;
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        point = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        needed = 2;
        point = b & 0x0f;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        needed = 3;
        point = b & 0x07;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else {
        out += '\ufffd';
        i++;
        continue;
      }
      let j = i + 1;
      for (; j <= i + needed; j++) {
        const next = bytes[j];
        if (next === undefined || next < lower || next > upper) break;
        point = (point << 6) | (next & 0x3f);
        lower = 0x80;
        upper = 0xbf;
      }
      if (j <= i + needed) {
        out += '\ufffd';
        i = j;
        continue;
      }
      out += String.fromCodePoint(point);
      i = j;
    }
    return out;
  }

  function unescape(s, decodeSpaces) {
    try {
      return decodeURIComponent(s);
    } catch {
      const bytes = querystring.unescapeBuffer(s, decodeSpaces);
      return bytes instanceof Uint8Array && bytes.constructor === Uint8Array ?
        decodeUtf8(bytes) : bytes.toString();
    }
  }

  // ---- escape ----------------------------------------------------------------

  function escape(str) {
    if (typeof str !== 'string') {
      if (typeof str === 'object') str = String(str);
      else str += '';
    }
    let out = '';
    let lastPos = 0;
    for (let i = 0; i < str.length; i++) {
      let c = str.charCodeAt(i);
      if (c < 0x80) {
        if (unreserved[c] === 1) continue;
        out += str.slice(lastPos, i) + hexTable[c];
        lastPos = i + 1;
        continue;
      }
      out += str.slice(lastPos, i);
      if (c < 0x800) {
        out += hexTable[0xc0 | (c >> 6)] + hexTable[0x80 | (c & 0x3f)];
      } else if (c < 0xd800 || c >= 0xe000) {
        out += hexTable[0xe0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3f)] +
          hexTable[0x80 | (c & 0x3f)];
      } else {
        // A surrogate takes the next unit as its pair, whatever it is.
        if (++i >= str.length) throw codes.ERR_INVALID_URI();
        c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        out += hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] +
          hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
      }
      lastPos = i + 1;
    }
    if (lastPos === 0) return str;
    return out + str.slice(lastPos);
  }

  // ---- stringify -------------------------------------------------------------

  function primitiveText(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
    if (typeof v === 'bigint') return `${v}`;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
  }

  // With the default escape, numbers below 1e21 (no exponent) and bigints
  // need no escaping.
  function encodeDefault(v, encode) {
    if (typeof v === 'string') return v.length ? encode(v) : '';
    if (typeof v === 'number' && Number.isFinite(v)) {
      return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
    }
    return primitiveText(v);
  }

  function stringify(obj, sep, eq, options) {
    sep = sep || '&';
    eq = eq || '=';
    let encode = querystring.escape;
    if (options && typeof options.encodeURIComponent === 'function') {
      encode = options.encodeURIComponent;
    }
    const convert = encode === escape ? encodeDefault :
      (v, fn) => fn(primitiveText(v));
    if (obj === null || typeof obj !== 'object') return '';
    let fields = '';
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      const keyPart = convert(k, encode) + eq;
      if (Array.isArray(v)) {
        if (v.length === 0) continue;
        if (fields) fields += sep;
        for (let j = 0; j < v.length; ++j) {
          if (j) fields += sep;
          fields += keyPart + convert(v[j], encode);
        }
      } else {
        if (fields) fields += sep;
        fields += keyPart + convert(v, encode);
      }
    }
    return fields;
  }

  // ---- parse -----------------------------------------------------------------

  const codesOf = (text) => Array.from(text, (_, i) => text.charCodeAt(i));

  function decodePart(s, decoder) {
    try {
      return decoder(s);
    } catch {
      return querystring.unescape(s, true);
    }
  }

  function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
    if (key.length > 0 && keyEncoded) key = decodePart(key, decode);
    if (value.length > 0 && valueEncoded) value = decodePart(value, decode);
    const current = obj[key];
    if (current === undefined) obj[key] = value;
    else if (current.pop) current[current.length] = value;
    else obj[key] = [current, value];
  }

  function parse(qs, sep, eq, options) {
    const obj = { __proto__: null };
    if (typeof qs !== 'string' || qs.length === 0) return obj;
    const sepCodes = sep ? codesOf(String(sep)) : [38];
    const eqCodes = eq ? codesOf(String(eq)) : [61];
    let pairsLeft = 1000;
    if (options && typeof options.maxKeys === 'number') {
      pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;
    }
    let decode = querystring.unescape;
    if (options && typeof options.decodeURIComponent === 'function') {
      decode = options.decodeURIComponent;
    }
    // A decoder of the user's decodes everything; the default only what
    // holds a %XX.
    const customDecode = decode !== unescape;
    const plus = customDecode ? '%20' : ' ';

    let lastPos = 0;
    let sepMatched = 0;  // characters of `sep` matched so far
    let eqMatched = 0;   // of `eq`; all of it once in the value part
    let key = '';
    let value = '';
    let keyEncoded = customDecode;
    let valueEncoded = customDecode;
    let percentRun = 0;  // 1 after '%', 2 after '%X' (3 = %XX seen)

    // Percent tracking shared by both parts: true if `code` completed %XX.
    const trackPercent = (code) => {
      if (code === 37) {
        percentRun = 1;
        return false;
      }
      if (percentRun > 0) {
        if (isHex(code)) return ++percentRun === 3;
        percentRun = 0;
      }
      return false;
    };

    for (let i = 0; i < qs.length; ++i) {
      const code = qs.charCodeAt(i);
      if (code === sepCodes[sepMatched]) {
        if (++sepMatched < sepCodes.length) continue;
        const end = i - sepMatched + 1;
        if (eqMatched < eqCodes.length) {
          if (lastPos < end) {
            key += qs.slice(lastPos, end);
          } else if (key.length === 0) {
            // An empty pair: not added, but counted.
            if (--pairsLeft === 0) return obj;
            lastPos = i + 1;
            sepMatched = eqMatched = 0;
            continue;
          }
        } else if (lastPos < end) {
          value += qs.slice(lastPos, end);
        }
        addPair(obj, key, value, keyEncoded, valueEncoded, decode);
        if (--pairsLeft === 0) return obj;
        keyEncoded = valueEncoded = customDecode;
        key = value = '';
        percentRun = 0;
        lastPos = i + 1;
        sepMatched = eqMatched = 0;
        continue;
      }
      sepMatched = 0;
      if (eqMatched < eqCodes.length) {
        // Still in the key.
        if (code === eqCodes[eqMatched]) {
          if (++eqMatched === eqCodes.length) {
            const end = i - eqMatched + 1;
            if (lastPos < end) key += qs.slice(lastPos, end);
            percentRun = 0;
            lastPos = i + 1;
          }
          continue;
        }
        eqMatched = 0;
        if (!keyEncoded) {
          if (code === 37 || (percentRun > 0 && isHex(code))) {
            if (trackPercent(code)) keyEncoded = true;
            continue;
          }
          percentRun = 0;
        }
        if (code === 43) {  // '+'
          if (lastPos < i) key += qs.slice(lastPos, i);
          key += plus;
          lastPos = i + 1;
          continue;
        }
      }
      // The value part (and, as in Node, key characters that got here).
      if (code === 43) {
        if (lastPos < i) value += qs.slice(lastPos, i);
        value += plus;
        lastPos = i + 1;
      } else if (!valueEncoded && trackPercent(code)) {
        valueEncoded = true;
      }
    }
    if (lastPos < qs.length) {
      if (eqMatched < eqCodes.length) key += qs.slice(lastPos);
      else if (sepMatched < sepCodes.length) value += qs.slice(lastPos);
    } else if (eqMatched === 0 && key.length === 0) {
      return obj;
    }
    addPair(obj, key, value, keyEncoded, valueEncoded, decode);
    return obj;
  }

  const querystring = {
    unescapeBuffer,
    unescape,
    escape,
    stringify,
    encode: stringify,
    parse,
    decode: parse,
  };
  module.exports = querystring;
});
