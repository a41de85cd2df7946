// Buffer indexOf / lastIndexOf / includes on generated haystacks: needles
// as strings in every encoding, as buffers (also with the ucs2 encoding),
// as numbers; byte offsets in and out of range, negative, fractional,
// strings (taken as the encoding), NaN.
'use strict';

let seed = 0xabcdef;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

const alphabet = [0x61, 0x62, 0x00, 0xc3, 0xa9, 0xff, 0x3d];
function bytes(n) {
  return Buffer.from(Array.from({ length: n }, () => pick(alphabet)));
}
const offsets = [undefined, 0, 1, 2, 3, 5, -1, -2, -5, -100, 100, 1.5, -1.5, NaN, '1', 'latin1', 'ucs2', null, {},
  [], 2 ** 31, -(2 ** 31) - 5, Infinity, -Infinity, true];
const encodings = [undefined, 'utf8', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'hex', 'base64', 'base64url'];

function run(label, fn) {
  try {
    return String(fn());
  } catch (error) {
    return `${error.code}`;
  }
}

let count = 0;
for (let i = 0; i < 2500; i++) {
  const haystack = bytes(int(14));
  let needle;
  const r = random();
  if (r < 0.3) needle = haystack.subarray(int(haystack.length + 1)).subarray(0, int(4));
  else if (r < 0.45) needle = bytes(int(4));
  else if (r < 0.6) needle = pick(['a', 'b', 'ab', 'ba', '\u00e9', '\u00c3', 'a\u0000', '', '\ud800', '=', 'YQ==', '61', '6162', 'YWI']);
  else if (r < 0.75) needle = pick([0x61, 0x62, 0, 255, 256 + 0x61, -1, 97.5, NaN, -255]);
  else if (r < 0.85) needle = haystack.toString(pick(['latin1', 'hex', 'base64', 'ucs2', 'utf8'])).slice(0, 1 + int(4));
  else needle = new Uint8Array(haystack.subarray(0, int(3)));
  const offset = pick(offsets);
  const encoding = pick(encodings);
  const shown = typeof needle === 'string' ? JSON.stringify(needle) : typeof needle === 'number' ? needle :
    `<${needle.toString('hex')}>`;
  console.log(haystack.toString('hex'), shown, JSON.stringify(offset) ?? 'undefined', encoding,
              run('indexOf', () => haystack.indexOf(needle, offset, encoding)),
              run('lastIndexOf', () => haystack.lastIndexOf(needle, offset, encoding)),
              run('includes', () => haystack.includes(needle, offset, encoding)));
  count++;
}
// Odd-length haystacks with ucs2 needles (Node's quirks), and bad needles.
for (const hay of ['0102030405', '01020304', '610062', '6100620063']) {
  const b = Buffer.from(hay, 'hex');
  for (const needle of [Buffer.from('9999', 'hex'), Buffer.from('0304', 'hex'), Buffer.from('05', 'hex'), 'b', '\u0201']) {
    for (const offset of [undefined, 0, 1, 3, -1, -2]) {
      console.log('ucs2', hay, typeof needle === 'string' ? needle : needle.toString('hex'), offset,
                  run('', () => b.indexOf(needle, offset, 'ucs2')), run('', () => b.lastIndexOf(needle, offset, 'ucs2')));
    }
  }
}
for (const needle of [{}, null, undefined, true, [1], new Uint16Array([1]), 1n, Symbol('s')]) {
  console.log('bad', typeof needle, run('', () => Buffer.from('abc').indexOf(needle)), run('', () => Buffer.from('abc').includes(needle)));
}
console.log(run('', () => Buffer.from('abc').indexOf('a', 0, 'nope')), run('', () => Buffer.from('abc').indexOf(Buffer.from('a'), 0, 'nope')),
            run('', () => Buffer.from('abc').indexOf(97, 0, 'nope')), run('', () => Buffer.from('abc').indexOf('b', 'nope')));
// Long haystacks: searches that start late and needles that almost match.
const long = Buffer.alloc(20000, 'ab');
long.write('abc', 15000);
console.log(long.indexOf('abc'), long.lastIndexOf('abc'), long.indexOf('abc', 15001), long.lastIndexOf('abc', 14999),
            long.indexOf(Buffer.from('ba'), 19990), long.lastIndexOf('ab', -3), long.indexOf('bab', 0, 'latin1'),
            long.indexOf('abab', 0, 'ucs2'), long.lastIndexOf(0x63), long.indexOf('YWJj', 0, 'base64'));
console.log('cases', count);
// Needles that make naive or Horspool searches quadratic ("baaa..."
// backwards in "aaaa..."): these must finish well inside the harness's
// time limit.
{
  const hay = Buffer.alloc(2e6, 'a');
  const late = Buffer.alloc(5e4, 'a');
  late[late.length - 1] = 0x62;
  const early = Buffer.alloc(5e4, 'a');
  early[0] = 0x62;
  console.log(hay.indexOf(late), hay.lastIndexOf(late), hay.indexOf(early), hay.lastIndexOf(early),
              hay.indexOf(late.toString('latin1'), 0, 'latin1'), hay.lastIndexOf(early.toString('latin1'), undefined, 'latin1'),
              hay.indexOf(late.toString('latin1'), 0, 'ucs2'), hay.lastIndexOf(early.toString('latin1'), undefined, 'ucs2'),
              hay.lastIndexOf(late.toString('latin1'), undefined, 'ucs2'));
}
