// Buffer through packages: the npm "buffer" polyfill (with base64-js and
// ieee754) against the built-in Buffer, safe-buffer/safer-buffer (thin
// wrappers over require('buffer')), and the npm string_decoder against
// the built-in one on split multi-byte input.
'use strict';
const Builtin = require('buffer');
const Poly = require('buffer/');
const base64 = require('base64-js');
const ieee754 = require('ieee754');
const safe = require('safe-buffer');
const safer = require('safer-buffer');
const NpmDecoder = require('string_decoder/').StringDecoder;
const { StringDecoder } = require('string_decoder');
console.log(Builtin.Buffer === Buffer, Poly.Buffer === Buffer, safe.Buffer === Buffer, typeof safer.Buffer.alloc, Poly.kMaxLength > 0);
const text = 'héllo wörld € 𝌆 \u0000\ud800';
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'hex']) {
  const a = Buffer.from(text, 'utf8').toString(enc);
  const b = Poly.Buffer.from(text, 'utf8').toString(enc);
  console.log(enc, a === b, JSON.stringify(b.slice(0, 60)));
  console.log('  back', Buffer.from(a, enc).equals(Buffer.from(Poly.Buffer.from(b, enc))));
}
const pb = Poly.Buffer.alloc(16);
pb.writeUInt32BE(0xdeadbeef, 0); pb.writeInt16LE(-2, 4); pb.writeDoubleLE(Math.PI, 6); pb.writeUInt8(255, 14);
const nb = Buffer.alloc(16);
nb.writeUInt32BE(0xdeadbeef, 0); nb.writeInt16LE(-2, 4); nb.writeDoubleLE(Math.PI, 6); nb.writeUInt8(255, 14);
console.log(pb.toString('hex'), nb.toString('hex'), pb.readDoubleLE(6), pb.readInt16LE(4), Poly.Buffer.compare(pb, Poly.Buffer.from(nb)));
console.log(Poly.Buffer.concat([Poly.Buffer.from('ab'), Poly.Buffer.from([0x63])]).toString(), Poly.Buffer.byteLength('€', 'utf8'), Poly.Buffer.isBuffer(pb), Poly.Buffer.isBuffer(nb));
console.log(pb.slice(0, 4).toString('base64'), pb.subarray(2, 6).toJSON().data.join(','), pb.indexOf(0xff), JSON.stringify(Poly.Buffer.from('xyz')));
console.log(base64.fromByteArray(Uint8Array.from([0, 1, 2, 253, 254, 255])), Array.from(base64.toByteArray('AAEC/f7/')).join(','), base64.byteLength('AAEC/f7/'));
const arr = new Uint8Array(8);
ieee754.write(arr, 1.1, 0, true, 52, 8);
console.log(Array.from(arr).join(','), ieee754.read(arr, 0, true, 52, 8), ieee754.read(Uint8Array.from([0x40, 0x49, 0x0f, 0xdb]), 0, false, 23, 4));
console.log(safe.Buffer.alloc(3, 'ab').toString(), safe.Buffer.allocUnsafe(2).length, safer.Buffer.from('aGk=', 'base64').toString());
const bytes = Buffer.from('a€𝌆ü', 'utf8');
const npm = new NpmDecoder('utf8');
const builtin = new StringDecoder('utf8');
const parts = [];
for (let i = 0; i < bytes.length; i++) parts.push([npm.write(bytes.subarray(i, i + 1)), builtin.write(bytes.subarray(i, i + 1))]);
parts.push([npm.end(Buffer.from([0xe2])), builtin.end(Buffer.from([0xe2]))]);
console.log(JSON.stringify(parts));
for (const enc of ['utf16le', 'base64', 'hex', 'latin1']) {
  const d1 = new NpmDecoder(enc); const d2 = new StringDecoder(enc);
  const src = Buffer.from('ab€c', 'utf8');
  console.log(enc, JSON.stringify([d1.write(src.subarray(0, 3)), d1.write(src.subarray(3)), d1.end()]), JSON.stringify([d2.write(src.subarray(0, 3)), d2.write(src.subarray(3)), d2.end()]));
}
