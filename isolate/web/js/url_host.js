// The URL Standard's host parser: IPv4 (decimal, hex and octal parts),
// IPv6 (with compression and an embedded IPv4), opaque hosts and domains.
// Domain to ASCII (UTS #46) runs in C++ through ICU:
// binding('url').domainToASCII. A host is kept serialized: "1.2.3.4",
// "[::1]", a domain or an opaque host; null means failure.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { domainToASCII: icuToASCII } = binding('url');
  const { percentEncode, percentDecode, sets } = require('internal:web/url_encoding');

  const EOF = -1;
  const isDigit = (c) => c >= 0x30 && c <= 0x39;
  const isHex = (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) ||
    (c >= 0x61 && c <= 0x66);

  function parseIPv4Number(s) {
    if (s === '') return NaN;
    let radix = 10;
    if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
      radix = 16;
      s = s.slice(2);
    } else if (s.length >= 2 && s[0] === '0') {
      radix = 8;
      s = s.slice(1);
    }
    if (s === '') return 0;
    const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ :
      /^[0-7]+$/;
    if (!valid.test(s)) return NaN;
    return parseInt(s, radix);
  }

  function endsInANumber(domain) {
    // Only a last label ending in a digit, "a"-"f" or "x" can be a number.
    let end = domain.charCodeAt(domain.length - 1);
    if (end === 0x2e) end = domain.charCodeAt(domain.length - 2);
    if (!(isDigit(end) || (end >= 0x61 && end <= 0x66) || end === 0x78 ||
          (end >= 0x41 && end <= 0x46) || end === 0x58)) return false;
    const parts = domain.split('.');
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      parts.pop();
    }
    const last = parts[parts.length - 1];
    if (last !== '' && /^[0-9]+$/.test(last)) return true;
    return !Number.isNaN(parseIPv4Number(last));
  }

  // The serialized IPv4 address, or null.
  function parseIPv4(input) {
    const parts = input.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    if (parts.length > 4) return null;
    const numbers = [];
    for (const part of parts) {
      const n = parseIPv4Number(part);
      if (Number.isNaN(n)) return null;
      numbers.push(n);
    }
    for (let i = 0; i < numbers.length - 1; i++) {
      if (numbers[i] > 255) return null;
    }
    const last = numbers[numbers.length - 1];
    if (last >= 256 ** (5 - numbers.length)) return null;
    let ipv4 = last;
    for (let i = 0; i < numbers.length - 1; i++) {
      ipv4 += numbers[i] * 256 ** (3 - i);
    }
    return `${ipv4 >>> 24}.${(ipv4 >>> 16) & 255}.${(ipv4 >>> 8) & 255}.${ipv4 & 255}`;
  }

  // The eight 16-bit pieces, or null.
  function parseIPv6(input) {
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0;
    let compress = null;
    let pointer = 0;
    const len = input.length;
    const at = (i) => (i < len ? input.charCodeAt(i) : EOF);
    if (at(0) === 0x3a) {
      if (at(1) !== 0x3a) return null;
      pointer += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (at(pointer) !== EOF) {
      if (pieceIndex === 8) return null;
      if (at(pointer) === 0x3a) {
        if (compress !== null) return null;
        pointer++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      let value = 0;
      let length = 0;
      while (length < 4 && isHex(at(pointer))) {
        value = value * 16 + parseInt(input[pointer], 16);
        pointer++;
        length++;
      }
      if (at(pointer) === 0x2e) {
        if (length === 0) return null;
        pointer -= length;
        if (pieceIndex > 6) return null;
        let numbersSeen = 0;
        while (at(pointer) !== EOF) {
          let ipv4Piece = null;
          if (numbersSeen > 0) {
            if (at(pointer) === 0x2e && numbersSeen < 4) pointer++;
            else return null;
          }
          if (!isDigit(at(pointer))) return null;
          while (isDigit(at(pointer))) {
            const number = at(pointer) - 0x30;
            if (ipv4Piece === null) ipv4Piece = number;
            else if (ipv4Piece === 0) return null;
            else ipv4Piece = ipv4Piece * 10 + number;
            if (ipv4Piece > 255) return null;
            pointer++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return null;
        break;
      } else if (at(pointer) === 0x3a) {
        pointer++;
        if (at(pointer) === EOF) return null;
      } else if (at(pointer) !== EOF) {
        return null;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress !== null) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const other = compress + swaps - 1;
        const t = address[pieceIndex];
        address[pieceIndex] = address[other];
        address[other] = t;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex !== 8) {
      return null;
    }
    return address;
  }

  function serializeIPv6(address) {
    // The first longest run of two or more zero pieces is compressed.
    let compress = -1;
    let best = 1;
    for (let i = 0; i < 8;) {
      if (address[i] !== 0) { i++; continue; }
      let j = i;
      while (j < 8 && address[j] === 0) j++;
      if (j - i > best) { best = j - i; compress = i; }
      i = j;
    }
    let out = '';
    for (let i = 0; i < 8; i++) {
      if (i === compress) {
        out += i === 0 ? '::' : ':';
        i += best - 1;
        continue;
      }
      out += address[i].toString(16);
      if (i !== 7) out += ':';
    }
    return out;
  }

  // Forbidden host code points: NUL TAB LF CR SPACE # / : < > ? @ [ \ ] ^ |
  const forbiddenHost = /[\0\t\n\r #/:<>?@[\\\]^|]/;
  // Forbidden domain code points: the above, C0 controls, % and DEL.
  const forbiddenDomain = /[\0-\x20#%/:<>?@[\\\]^|\x7f]/;
  const nonAscii = /[^\0-\x7f]/;
  const acePrefix = /(^|\.)xn--/i;

  // The URL Standard's "domain to ASCII" with beStrict false, or null.
  function domainToASCII(domain) {
    let ascii;
    if (!nonAscii.test(domain) && !acePrefix.test(domain)) {
      ascii = domain.toLowerCase();
    } else {
      ascii = icuToASCII(domain);
      if (ascii === undefined || nonAscii.test(ascii)) return null;
    }
    if (ascii === '' || forbiddenDomain.test(ascii)) return null;
    return ascii;
  }

  // The host parser: the serialized host, or null on failure.
  function parseHost(input, isOpaque) {
    if (input[0] === '[') {
      if (input[input.length - 1] !== ']') return null;
      const address = parseIPv6(input.slice(1, -1));
      return address === null ? null : `[${serializeIPv6(address)}]`;
    }
    if (isOpaque) {
      if (forbiddenHost.test(input)) return null;
      return percentEncode(input, sets.C0);
    }
    const domain = percentDecode(input);
    const ascii = domainToASCII(domain);
    if (ascii === null) return null;
    if (endsInANumber(ascii)) return parseIPv4(ascii);
    return ascii;
  }

  module.exports = { parseHost, domainToASCII, parseIPv4, parseIPv6, serializeIPv6 };
});
