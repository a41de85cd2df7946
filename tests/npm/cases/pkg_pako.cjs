// pako 2 (pure-JS zlib; require picks index.js): deflate/inflate,
// gzip with headers, raw streams, chunked Inflate, preset dictionaries.
'use strict';
const pako = require('pako');
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
let seed = 7;
const rand = () => { seed = (seed * 48271) % 2147483647; return seed; };
const data = new Uint8Array(20000);
for (let i = 0; i < data.length; i++) data[i] = i % 97 < 60 ? 97 + (i % 7) : rand() & 0xff;
const text = 'hello hello hello '.repeat(200) + 'ünïcödé';
for (const level of [0, 1, 6, 9]) {
  const z = pako.deflate(data, { level });
  console.log('level', level, z.length, hex(z.subarray(0, 8)), hex(z.subarray(-4)), pako.inflate(z).length);
}
const gz = pako.gzip(text, { header: { name: 'file.txt', mtime: 1700000000, comment: 'c', os: 3 } });
console.log('gzip', gz.length, hex(gz.subarray(0, 24)), pako.ungzip(gz, { to: 'string' }).slice(-12));
const raw = pako.deflateRaw(text, { windowBits: 10, memLevel: 4, strategy: 1 });
console.log('raw', raw.length, pako.inflateRaw(raw, { to: 'string' }) === text);
const inflator = new pako.Inflate({ to: 'string' });
const deflated = pako.deflate(text);
for (let i = 0; i < deflated.length; i += 50) inflator.push(deflated.subarray(i, i + 50));
console.log('chunked', inflator.err, inflator.result.length, inflator.result === text);
const dict = pako.deflate('abcabcabc', { dictionary: 'abc' });
console.log('dict', hex(dict), pako.inflate(dict, { dictionary: 'abc', to: 'string' }));
try { pako.inflate(Uint8Array.of(1, 2, 3)); } catch (e) { console.log('error', typeof e === 'string' ? e : e.message); }
