// Buffer encodings on generated data: bytes -> toString(encoding) ->
// Buffer.from(string, encoding) for every encoding; generated strings
// (lone surrogates, non-Latin-1, junk for hex/base64) -> Buffer.from,
// byteLength, write() at random offsets and lengths, toString ranges;
// buffers past the pool size.
'use strict';

let seed = 0x5eed;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const encodings = ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii',
  'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF8', 'Hex', 'BASE64', 'Latin1', 'UCS2'];

function randomBytes(n) {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    const r = random();
    bytes[i] = r < 0.4 ? int(128) : r < 0.6 ? 0x80 + int(64) : r < 0.8 ? 0xc0 + int(64) : int(256);
  }
  return bytes;
}

function randomString() {
  let s = '';
  const n = int(10);
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.3) s += String.fromCharCode(int(128));
    else if (r < 0.45) s += String.fromCharCode(int(256));
    else if (r < 0.55) s += String.fromCharCode(0xd800 + int(0x800));
    else if (r < 0.65) s += String.fromCodePoint(0x10000 + int(0x100000));
    else if (r < 0.8) s += '0123456789abcdefABCDEF'[int(22)];
    else if (r < 0.9) s += 'ABCxyz+/-_= \n'[int(13)];
    else s += String.fromCharCode(int(0x10000));
  }
  return s;
}

let count = 0;
for (let i = 0; i < 1500; i++) {
  const bytes = randomBytes(int(24));
  const line = [bytes.toString('hex')];
  for (const encoding of encodings) {
    const text = bytes.toString(encoding);
    const back = Buffer.from(text, encoding);
    line.push(`${encoding}:${units(text)}>${back.toString('hex')}/${Buffer.byteLength(text, encoding)}`);
  }
  const start = int(bytes.length + 2) - 1;
  const end = int(bytes.length + 3) - 1;
  const encoding = encodings[int(encodings.length)];
  line.push(`range ${start} ${end} ${encoding} ${units(bytes.toString(encoding, start, end))}`);
  console.log(line.join(' | '));
  count++;
}

for (let i = 0; i < 1500; i++) {
  const text = randomString();
  const line = [units(text)];
  for (const encoding of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2']) {
    const buffer = Buffer.from(text, encoding);
    const target = Buffer.alloc(12, 0xee);
    const offset = int(13);
    const length = int(14 - offset);
    let written;
    try {
      written = target.write(text, offset, length, encoding);
    } catch (error) {
      written = error.code;
    }
    line.push(`${encoding}:${buffer.toString('hex')}/${Buffer.byteLength(text, encoding)}` +
              ` w${offset},${length}=${written}:${target.toString('hex')}`);
  }
  console.log(line.join(' | '));
  count++;
}

// Past the pool (Buffer.poolSize >>> 1), round trips and sizes.
for (const size of [4095, 4096, 4097, 9000, 70000]) {
  const bytes = randomBytes(size);
  let sum = 0;
  for (const encoding of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'ucs2']) {
    const text = bytes.toString(encoding);
    const back = Buffer.from(text, encoding);
    for (let i = 0; i < back.length; i++) sum = (sum * 31 + back[i]) % 1000000007;
    for (let i = 0; i < text.length; i += 7) sum = (sum * 31 + text.charCodeAt(i)) % 1000000007;
    console.log('big', size, encoding, text.length, back.length, back.buffer.byteLength >= back.length,
                Buffer.byteLength(text, encoding), sum);
  }
  count++;
}

// Hex and base64 junk: where decoding stops.
for (let i = 0; i < 1000; i++) {
  let text = '';
  const n = int(16);
  for (let j = 0; j < n; j++) text += 'AaZz09+/-_=\t\n *.\u00e9\u0141'[int(19)];
  console.log(JSON.stringify(text), Buffer.from(text, 'base64').toString('hex'),
              Buffer.from(text, 'base64url').toString('hex'), Buffer.from(text, 'hex').toString('hex'),
              Buffer.byteLength(text, 'base64'));
  count++;
}
console.log('cases', count);
