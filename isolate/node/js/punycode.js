// node:punycode (deprecated in Node, still required by packages): RFC 3492
// Punycode and the IDNA ToASCII/ToUnicode of domain labels, version 2.1.0's
// API (decode, encode, toASCII, toUnicode, ucs2.decode, ucs2.encode).
(function (exports, require, binding, internals, module) {
  'use strict';

  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const skew = 38;
  const damp = 700;
  const initialBias = 72;
  const initialN = 128;
  const maxInt = 0x7FFFFFFF;
  const separators = /[\x2E\u3002\uFF0E\uFF61]/g;

  function fail(kind) {
    const messages = {
      overflow: 'Overflow: input needs wider integers to process',
      'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
      'invalid-input': 'Invalid input',
    };
    throw new RangeError(messages[kind]);
  }

  // A string's code points (surrogate pairs joined; lone ones kept).
  function ucs2decode(string) {
    const output = [];
    for (let i = 0; i < string.length; i++) {
      const value = string.charCodeAt(i);
      if (value >= 0xD800 && value <= 0xDBFF && i + 1 < string.length) {
        const next = string.charCodeAt(i + 1);
        if ((next & 0xFC00) === 0xDC00) {
          output.push(((value & 0x3FF) << 10) + (next & 0x3FF) + 0x10000);
          i++;
          continue;
        }
      }
      output.push(value);
    }
    return output;
  }
  const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);

  const digitOf = (codePoint) => {
    if (codePoint >= 0x30 && codePoint < 0x3A) return 26 + (codePoint - 0x30);
    if (codePoint >= 0x41 && codePoint < 0x5B) return codePoint - 0x41;
    if (codePoint >= 0x61 && codePoint < 0x7B) return codePoint - 0x61;
    return base;
  };
  // 0..25 -> a..z, 26..35 -> 0..9
  const charOf = (digit) => digit + 22 + 75 * (digit < 26);

  function adapt(delta, numPoints, firstTime) {
    let k = 0;
    delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) {
      delta = Math.floor(delta / (base - tMin));
    }
    return Math.floor(k + (base - tMin + 1) * delta / (delta + skew));
  }

  function decode(input) {
    const output = [];
    let basic = input.lastIndexOf('-');
    if (basic < 0) basic = 0;
    for (let j = 0; j < basic; ++j) {
      if (input.charCodeAt(j) >= 0x80) fail('not-basic');
      output.push(input.charCodeAt(j));
    }
    let i = 0;
    let n = initialN;
    let bias = initialBias;
    for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
      const oldi = i;
      for (let w = 1, k = base; ; k += base) {
        if (index >= input.length) fail('invalid-input');
        const digit = digitOf(input.charCodeAt(index++));
        if (digit >= base) fail('invalid-input');
        if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
        i += digit * w;
        const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
        if (digit < t) break;
        if (w > Math.floor(maxInt / (base - t))) fail('overflow');
        w *= base - t;
      }
      const out = output.length + 1;
      bias = adapt(i - oldi, out, oldi === 0);
      if (Math.floor(i / out) > maxInt - n) fail('overflow');
      n += Math.floor(i / out);
      i %= out;
      output.splice(i++, 0, n);
    }
    return String.fromCodePoint(...output);
  }

  function encode(inputString) {
    const input = ucs2decode(inputString);
    const output = [];
    let n = initialN;
    let delta = 0;
    let bias = initialBias;
    for (const value of input) {
      if (value < 0x80) output.push(String.fromCharCode(value));
    }
    const basicLength = output.length;
    let handled = basicLength;
    if (basicLength) output.push('-');
    while (handled < input.length) {
      let m = maxInt;
      for (const value of input) {
        if (value >= n && value < m) m = value;
      }
      if (m - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
      delta += (m - n) * (handled + 1);
      n = m;
      for (const value of input) {
        if (value < n && ++delta > maxInt) fail('overflow');
        if (value === n) {
          let q = delta;
          for (let k = base; ; k += base) {
            const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
            if (q < t) break;
            const qMinusT = q - t;
            const baseMinusT = base - t;
            output.push(String.fromCharCode(charOf(t + qMinusT % baseMinusT)));
            q = Math.floor(qMinusT / baseMinusT);
          }
          output.push(String.fromCharCode(charOf(q)));
          bias = adapt(delta, handled + 1, handled === basicLength);
          delta = 0;
          ++handled;
        }
      }
      ++delta;
      ++n;
    }
    return output.join('');
  }

  // Applies `fn` to each label of a domain (after an email's '@').
  function mapDomain(domain, fn) {
    const at = domain.split('@');
    let result = '';
    if (at.length > 1) {
      result = `${at[0]}@`;
      domain = at[1];
    }
    const labels = domain.replace(separators, '.').split('.');
    return result + labels.map(fn).join('.');
  }

  const toUnicode = (input) => mapDomain(input, (label) =>
    (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
  const toASCII = (input) => mapDomain(input, (label) =>
    (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));

  exports.version = '2.1.0';
  exports.ucs2 = { decode: ucs2decode, encode: ucs2encode };
  exports.decode = decode;
  exports.encode = encode;
  exports.toASCII = toASCII;
  exports.toUnicode = toUnicode;
});
