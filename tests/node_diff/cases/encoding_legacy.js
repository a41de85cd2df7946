// TextDecoder for the legacy encodings Node 20 decodes through ICU: every
// byte of the single-byte ones, and random byte strings (one-shot, fatal,
// streamed in chunks) for the multi-byte ones. gb18030 is left out: the
// system ICU isohost links predates GB18030-2022 (see the report).
'use strict';

let seed = 99;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

const singleByte = ['ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5',
  'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13',
  'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'koi8-r', 'koi8-u', 'macintosh',
  'windows-874', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254',
  'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258', 'x-mac-cyrillic'];
const multiByte = ['gbk', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr'];
const all = new Uint8Array(256).map((_, i) => i);
let count = 0;

for (const name of singleByte) {
  let decoder;
  try {
    decoder = new TextDecoder(name);
  } catch (error) {
    console.log(name, error.name, error.code, error.message);
    continue;
  }
  console.log(name, decoder.encoding, units(decoder.decode(all)));
  let fatal;
  try {
    fatal = units(new TextDecoder(name, { fatal: true }).decode(all));
  } catch (error) {
    fatal = `E:${error.code}`;
  }
  console.log(name, 'fatal', fatal);
  count++;
}

for (const name of multiByte) {
  const decoder = new TextDecoder(name);
  for (let i = 0; i < 400; i++) {
    const bytes = new Uint8Array(1 + int(9)).map(() => (random() < 0.3 ? int(128) : 0x80 + int(128)));
    if (name === 'iso-2022-jp' && random() < 0.5) bytes.set([0x1b, 0x24, 0x42].slice(0, bytes.length));
    let fatal;
    try {
      fatal = units(new TextDecoder(name, { fatal: true }).decode(bytes));
    } catch (error) {
      fatal = `E:${error.code}`;
    }
    // Node reports a chunk whose text outgrows the room it gives ICU as
    // invalid data even when not fatal; the case keeps going after it.
    const stream = new TextDecoder(name);
    const parts = [];
    const decode = (chunk, options) => {
      try {
        parts.push(units(stream.decode(chunk, options)));
      } catch (error) {
        parts.push(`E:${error.code}`);
      }
    };
    for (let at = 0; at < bytes.length;) {
      const size = 1 + int(3);
      decode(bytes.subarray(at, at + size), { stream: true });
      at += size;
    }
    decode();
    console.log(name, hex(bytes), units(decoder.decode(bytes)), '#', fatal, '#', parts.join('|'));
    count++;
  }
}
console.log('cases', count);
