// TextEncoder on generated strings with lone and paired surrogates:
// encode() bytes, and encodeInto() into destinations of every size
// (read/written counts and bytes), plus argument errors.
'use strict';

let seed = 0x1234567;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');

function sample() {
  let s = '';
  const count = int(7);
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.25) s += String.fromCharCode(int(0x80));
    else if (r < 0.4) s += String.fromCharCode(0x80 + int(0x780));
    else if (r < 0.55) s += String.fromCharCode(0x800 + int(0xd000));
    else if (r < 0.65) s += String.fromCharCode(0xd800 + int(0x400));        // lone lead
    else if (r < 0.75) s += String.fromCharCode(0xdc00 + int(0x400));        // lone trail
    else if (r < 0.9) s += String.fromCodePoint(0x10000 + int(0x100000));    // pair
    else s += String.fromCharCode(0xe000 + int(0x2000));
  }
  return s;
}

const encoder = new TextEncoder();
let count = 0;
for (let i = 0; i < 3000; i++) {
  const s = sample();
  const bytes = encoder.encode(s);
  const into = [];
  for (let size = 0; size <= bytes.length + 1; size++) {
    const dest = new Uint8Array(size).fill(0xaa);
    const { read, written } = encoder.encodeInto(s, dest);
    into.push(`${read}/${written}:${hex(dest.subarray(0, written))}`);
  }
  console.log(units(s), '=>', hex(bytes), '#', into.join(' '));
  count++;
}
// Offsets into a shared buffer, and subclass destinations.
const shared = new Uint8Array(16);
console.log(encoder.encodeInto('h\u00e9llo\ud83d', shared.subarray(3, 9)), hex(shared));
console.log(encoder.encodeInto('abc', Buffer.alloc(2)), encoder.encode('x') instanceof Uint8Array,
            Object.getPrototypeOf(encoder.encode('x')) === Uint8Array.prototype, encoder.encode().length);
for (const value of [undefined, null, 5, true, {}, [1, 2], { toString() { return '\ud800x'; } }, 1n]) {
  console.log('encode', String(value), hex(encoder.encode(value)));
}
for (const [src, dest] of [['abc', []], ['abc', new Uint16Array(2)], ['abc', undefined], [undefined, new Uint8Array(2)],
  [5, new Uint8Array(2)], [new String('x'), new Uint8Array(2)], ['a', new Uint8ClampedArray(2)], ['a', new DataView(new ArrayBuffer(2))],
  ['a', null], ['a', new ArrayBuffer(2)]]) {
  try {
    console.log(encoder.encodeInto(src, dest));
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
try {
  encoder.encode(Symbol('s'));
} catch (error) {
  console.log(error.name, error.message);
}
console.log('cases', count);
