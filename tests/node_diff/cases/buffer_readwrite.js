// Buffer read/write methods: every (U)Int8/16/32, (U)IntLE/BE with each
// byteLength, BigInt64 and Float/Double method, LE and BE, with generated
// values and offsets in and out of range, of the wrong type, fractional,
// NaN; prints the result (or err.code and err.message) and the bytes.
'use strict';

let seed = 0xfeed;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const show = (v) => (typeof v === 'bigint' ? `${v}n` : Object.is(v, -0) ? '-0' : typeof v === 'string' ? JSON.stringify(v) : String(v));

function call(fn) {
  try {
    return show(fn());
  } catch (error) {
    return `${error.name} ${error.code} ${error.message}`;
  }
}

const offsets = () => pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, -1, 1.5, NaN, Infinity, -Infinity,
  '1', null, undefined, 2 ** 32, true, {}, -0]);
const numbers = (bits, signed) => {
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  return pick([0, 1, -1, max, min, max + 1, min - 1, int(max), -int(max), 0.5, -0.5, 1.5, NaN, Infinity,
    -Infinity, '12', '0x10', 'x', null, undefined, true, 2 ** 53, -(2 ** 53), 1e21, -0, max + 0.5]);
};
const bigints = (signed) => pick([0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 63n, 2n ** 64n - 1n,
  2n ** 64n, -(2n ** 64n), BigInt(int(2 ** 32)) * BigInt(int(2 ** 32)), 1, 'x', undefined, signed ? -5n : 5n]);
const floats = () => pick([0, -0, 1, -1, 0.1, 1.5e300, -2.5e-300, 3.4028234663852886e38, 1e39, NaN, Infinity,
  -Infinity, 2 ** -149, 2 ** -1074, '1.5', 'x', null, undefined, 123456.789, Math.PI]);

const buffer = Buffer.alloc(12);
const reset = () => { for (let i = 0; i < buffer.length; i++) buffer[i] = int(256); };
let count = 0;
const fixed = [];
for (const [bits, name] of [[8, 'Int8'], [16, 'Int16'], [32, 'Int32']]) {
  for (const signed of [false, true]) {
    const base = `${signed ? '' : 'U'}${name}`;
    const suffixes = bits === 8 ? [''] : ['LE', 'BE'];
    for (const suffix of suffixes) fixed.push([base + suffix, bits, signed]);
  }
}
for (let round = 0; round < 60; round++) {
  for (const [name, bits, signed] of fixed) {
    reset();
    const value = numbers(bits, signed);
    const offset = offsets();
    const alias = name.replace('UInt', 'Uint');
    const w = call(() => (random() < 0.5 ? buffer[`write${name}`] : buffer[`write${alias}`]).call(buffer, value, offset));
    const r = call(() => buffer[`read${name}`](offset));
    console.log(name, show(value), show(offset), w, r, buffer.toString('hex'));
    count++;
  }
  for (const signed of [false, true]) {
    for (const end of ['LE', 'BE']) {
      reset();
      const byteLength = pick([1, 2, 3, 4, 5, 6, 0, 7, 1.5, '2', undefined, NaN]);
      const bits = typeof byteLength === 'number' && byteLength >= 1 && byteLength <= 6 ? byteLength * 8 : 48;
      const value = numbers(Math.floor(bits), signed);
      const offset = offsets();
      const name = `${signed ? 'Int' : 'UInt'}${end}`;
      const w = call(() => buffer[`write${name}`](value, offset, byteLength));
      const r = call(() => buffer[`read${name}`](offset, byteLength));
      console.log(name, show(value), show(offset), show(byteLength), w, r, buffer.toString('hex'));
      count++;
    }
  }
  for (const name of ['BigInt64LE', 'BigInt64BE', 'BigUInt64LE', 'BigUInt64BE', 'BigUint64LE', 'BigUint64BE']) {
    reset();
    const value = bigints(!name.includes('UInt') && !name.includes('Uint'));
    const offset = offsets();
    const w = call(() => buffer[`write${name}`](value, offset));
    const r = call(() => buffer[`read${name}`](offset));
    console.log(name, show(value), show(offset), w, r, buffer.toString('hex'));
    count++;
  }
  for (const name of ['FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE']) {
    reset();
    const value = floats();
    const offset = offsets();
    const w = call(() => buffer[`write${name}`](value, offset));
    const r = call(() => buffer[`read${name}`](offset));
    console.log(name, show(value), show(offset), w, r, buffer.toString('hex'));
    count++;
  }
}
// Reads of every byte pattern position, signed vs unsigned.
reset();
for (let offset = 0; offset < 12; offset++) {
  const row = [];
  for (const byteLength of [1, 2, 3, 4, 5, 6]) {
    row.push(call(() => buffer.readIntLE(offset, byteLength)), call(() => buffer.readUIntBE(offset, byteLength)));
  }
  console.log('read', offset, row.join(' '));
}
// Defaults, lengths and names of the methods.
const empty = Buffer.alloc(0);
console.log(call(() => empty.readUInt8()), call(() => empty.readDoubleBE()), call(() => Buffer.alloc(1).readUInt8()),
            call(() => Buffer.alloc(8).writeDoubleLE(1)), call(() => Buffer.alloc(3).readUInt32LE()));
for (const key of Object.keys(Buffer.prototype).filter((k) => /^(read|write)/.test(k))) {
  console.log(key, Buffer.prototype[key].name, Buffer.prototype[key].length);
}
console.log('cases', count);
