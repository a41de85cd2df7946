// node:buffer API: Buffer.from in all its forms (shared memory for
// ArrayBuffers), alloc*, concat, compare, equals, copy, fill, slice and
// subarray, toJSON, swap16/32/64, isBuffer, isEncoding, byteLength,
// transcode, isUtf8/isAscii, module exports and descriptors, console.log
// output, and the errors (code and message) for bad arguments.
'use strict';

const buffer = require('buffer');
const { Buffer } = buffer;
const hex = (b) => (b instanceof Uint8Array ? `<${b.constructor.name} ${Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')}>` : b);
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : hex(value));
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

console.log(Object.keys(buffer), buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants,
            buffer.INSPECT_MAX_BYTES, Buffer.poolSize, buffer.Buffer === globalThis.Buffer,
            require('node:buffer') === buffer);
console.log(Reflect.ownKeys(Buffer).map(String), Buffer.length, Buffer.name,
            Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer,
            Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Reflect.ownKeys(Buffer.prototype).map(String).join(' '));
for (const key of ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding',
  'concat', 'byteLength', 'of', 'copyBytesFrom']) {
  console.log(key, Buffer[key].name, Buffer[key].length);
}
for (const key of ['copy', 'toString', 'equals', 'inspect', 'compare', 'indexOf', 'lastIndexOf', 'includes',
  'fill', 'write', 'toJSON', 'subarray', 'slice', 'swap16', 'toLocaleString', 'hexSlice', 'utf8Write']) {
  const d = Object.getOwnPropertyDescriptor(Buffer.prototype, key);
  console.log(key, d.value.name, d.value.length, d.enumerable, d.writable, d.configurable);
}
for (const key of Reflect.ownKeys(buffer)) {
  const d = Object.getOwnPropertyDescriptor(buffer, key);
  console.log('export', key, typeof d.value, typeof d.get, d.enumerable, d.writable, d.configurable);
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Buffer').enumerable, typeof buffer.SlowBuffer,
            Object.getPrototypeOf(buffer.SlowBuffer) === Uint8Array);

// Buffer.from.
const ab = new ArrayBuffer(8);
const shared = Buffer.from(ab, 2, 4);
new Uint8Array(ab)[3] = 7;
console.log(shared, shared.buffer === ab, shared.byteOffset, Buffer.from(ab).length);
const sab = new SharedArrayBuffer(4);
const fromSab = Buffer.from(sab, 1);
new Uint8Array(sab)[1] = 9;
console.log(fromSab, fromSab.buffer === sab);
for (const [label, args] of [
  ['string', ['héllo']], ['string hex', ['6869', 'hex']], ['string bad enc', ['x', 'nope']], ['string enc number', ['x', 5]],
  ['empty', ['']], ['empty hex', ['', 'hex']], ['array', [[1, 2, 300, -1, 1.7, 'x', '7']]], ['array-like', [{ length: 3, 0: 1, 2: 2 }]],
  ['array-like bad length', [{ length: '3' }]], ['length 2.5', [{ length: 2.5, 0: 1, 1: 2 }]],
  ['buffer', [Buffer.from('ab')]], ['uint16', [new Uint16Array([1, 256, 65535])]], ['float', [new Float64Array([1.5, -1])]],
  ['json', [{ type: 'Buffer', data: [1, 2, 3] }]], ['json bad', [{ type: 'Buffer', data: 'x' }]],
  ['valueOf string', [new String('abc')]], ['valueOf object', [{ valueOf() { return [5, 6]; } }]],
  ['toPrimitive', [{ [Symbol.toPrimitive]() { return 'prim'; } }]], ['toPrimitive hex', [{ [Symbol.toPrimitive]() { return '41'; } }, 'hex']],
  ['ab offset', [ab, 1, 2]], ['ab offset string', [ab, '2']], ['ab offset NaN', [ab, NaN, 2]], ['ab offset 9', [ab, 9]],
  ['ab length 9', [ab, 0, 9]], ['ab length -1', [ab, 0, -1]], ['ab offset -1', [ab, -1]], ['ab offset 1.5', [ab, 1.5, 2]],
  ['number', [5]], ['null', [null]], ['undefined', [undefined]], ['object', [{}]], ['symbol', [Symbol('s')]],
  ['function', [function named() {}]], ['bool', [true]], ['bigint', [1n]], ['arrow', [() => {}]]]) {
  attempt(`from ${label}`, () => Buffer.from(...args));
}
attempt('Buffer(3)', () => Buffer(3));
attempt('new Buffer(str)', () => new Buffer('abc'));
attempt('Buffer(3, enc)', () => Buffer(3, 'utf8'));
attempt('new Buffer(-1)', () => new Buffer(-1));
attempt('Buffer.of', () => Buffer.of(1, 2, 257));
attempt('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
attempt('copyBytesFrom all', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3])));
attempt('copyBytesFrom past', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5));
attempt('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
attempt('copyBytesFrom offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));

// alloc and friends.
for (const size of [0, 1, 5, 1.5, -1, NaN, '1', 2 ** 33, null, Infinity]) {
  for (const fn of ['alloc', 'allocUnsafe', 'allocUnsafeSlow']) {
    attempt(`${fn}(${String(size)})`, () => {
      const b = Buffer[fn](size);
      return `${b.length} ${b.constructor.name}`;
    });
  }
  attempt(`SlowBuffer(${String(size)})`, () => buffer.SlowBuffer(size).length);
}
for (const [fill, encoding] of [['ab'], ['6869', 'hex'], ['zz', 'hex'], [''], [5], [257], [-1], [Buffer.from('xyz')],
  [new Uint8Array(0)], [true], [null], [{ valueOf() { return 66; } }], ['\u0222', 'latin1'], ['\u20ac'], ['\ud800'],
  ['ab', 'ucs2'], ['a', 'bogus'], ['a', 5], ['aGk=', 'base64'], [1.5], [NaN], [new Uint16Array([0x102])]]) {
  attempt(`alloc fill ${String(fill)} ${encoding}`, () => Buffer.alloc(5, fill, encoding));
}

// fill with ranges.
for (const args of [['a', 1], ['a', 1, 3], ['ab', 1, 'hex'], ['a', 'utf8'], ['a', 0, 'latin1'], ['a', 1.5], ['a', 0, 6],
  ['a', -1], ['a', 3, 1], [1, 0, 5, 'bogus'], ['a', 0, 5, 5], ['a', null], ['a', 0, null], [0x41, 2], [Buffer.from('xy'), 1, 4],
  ['abc', 0, 2, 'ucs2'], ['\u00e9', 0, 5, 'ascii'], ['ff', 'HEX'], ['a', ''], ['a', 0, 5, '']]) {
  attempt(`fill ${args.map(String).join(',')}`, () => Buffer.alloc(5).fill(...args));
}

// concat.
attempt('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0)]));
attempt('concat length', () => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));
attempt('concat longer', () => Buffer.concat([Buffer.from('ab')], 4));
attempt('concat empty', () => Buffer.concat([]));
attempt('concat bad', () => Buffer.concat('ab'));
attempt('concat item', () => Buffer.concat([Buffer.from('a'), 'b']));
attempt('concat length bad', () => Buffer.concat([Buffer.from('a')], -1));
attempt('concat length str', () => Buffer.concat([Buffer.from('a')], '1'));

// compare, equals.
const pairs = [['', ''], ['a', ''], ['a', 'b'], ['ab', 'a'], ['abc', 'abd'], ['\xff', '\x00']];
for (const [a, b] of pairs) {
  const x = Buffer.from(a, 'latin1');
  const y = Buffer.from(b, 'latin1');
  console.log('compare', JSON.stringify(a), JSON.stringify(b), Buffer.compare(x, y), x.compare(y), x.equals(y));
}
const big = Buffer.from('abcdefgh');
for (const args of [[big, 1], [big, 0, 3], [big, 0, 3, 0, 3], [big, 2, 5, 2, 5], [big, 5, 2], [big, 0, 0, 1, 1], [big, 0, 9],
  [big, -1], [big, 1.5], [big, '1'], [big, 0, 8, 8], [big, 0, 8, 0, 9], [Buffer.from('b'), 0, 1, 1, 2], [big, 10, 20]]) {
  attempt(`compare ${args.slice(1).join(',')}`, () => Buffer.from('abcdefgh').compare(...args));
}
attempt('Buffer.compare bad', () => Buffer.compare('a', Buffer.from('a')));
attempt('Buffer.compare bad 2', () => Buffer.compare(Buffer.from('a'), 1));
attempt('equals bad', () => big.equals('abcdefgh'));
attempt('compare bad', () => big.compare({}));
attempt('equals uint8', () => big.equals(new Uint8Array([97])));

// copy.
for (const args of [[0], [2], [1, 2], [1, 2, 4], [-1], [0, 10], [0, 0, -1], [0, 3, 1], [0, 1.5, 3.7], [10], ['1', '1'],
  [0, NaN], [0, 0, NaN], [undefined, undefined, 2]]) {
  attempt(`copy ${args.map(String).join(',')}`, () => {
    const target = Buffer.alloc(6, 0x2e);
    const n = Buffer.from('ABCDEFGH').copy(target, ...args);
    return `${n} ${target.toString()}`;
  });
}
attempt('copy bad', () => Buffer.from('a').copy('x'));
attempt('copy overlap', () => {
  const b = Buffer.from('abcdefgh');
  b.copy(b, 2, 0, 5);
  return b.toString();
});

// slice / subarray share memory.
const base = Buffer.from('0123456789');
for (const args of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [1.7, 3.2], ['2', '4'], [NaN, 3], [0, 100], [-100, 2], [undefined, 3]]) {
  console.log('slice', args.map(String).join(','), base.slice(...args).toString(), base.subarray(...args).toString());
}
const view = base.subarray(2, 4);
view[0] = 0x58;
console.log(base.toString(), view.buffer === base.buffer, view instanceof Buffer, base.slice(1).parent === base.buffer,
            base.subarray(3).offset - base.offset, Buffer.prototype.parent, new Uint8Array(2).parent);

// toString with ranges and encodings.
const text = Buffer.from('h\u00e9llo w\u00f6rld');
for (const args of [[], ['hex'], ['utf8', 1], ['utf8', 1, 3], ['latin1', -1, 100], ['ascii', 2, 1], [undefined, 3],
  ['base64', 1.5, 4.5], ['utf8', '2', '5'], ['utf8', NaN, 4], ['nope'], [null], [''], ['UTF-8', 0, 4], ['ucs2', 1]]) {
  attempt(`toString ${args.map(String).join(',')}`, () => text.toString(...args));
}
for (const method of ['hexSlice', 'latin1Slice', 'utf8Slice', 'asciiSlice', 'base64Slice', 'ucs2Slice']) {
  for (const args of [[], [1], [1, 3], [3, 1], [-1], [0, 100], [20], ['1', '2']]) {
    attempt(`${method} ${args.join(',')}`, () => text[method](...args));
  }
}
attempt('slice on object', () => Buffer.prototype.latin1Slice.call({}, 0, 1));
for (const method of ['hexWrite', 'latin1Write', 'utf8Write', 'asciiWrite', 'base64Write', 'ucs2Write']) {
  for (const args of [['6869'], ['6869', 1], ['6869', 1, 1], [5], ['x', 6], ['x', -1], ['x', 1, -1], ['x', 20], ['x', 0, 20]]) {
    attempt(`${method} ${args.join(',')}`, () => {
      const b = Buffer.alloc(6);
      return `${b[method](...args)} ${b.toString('hex')}`;
    });
  }
}
for (const args of [['hi'], ['hi', 1], ['hi', 'latin1'], ['6869', 'hex'], ['hi', 1, 1], ['hi', 1, 'ucs2'], ['hi', 6], ['hi', -1],
  ['hi', 1.5], ['hi', 0, 7], ['hi', 0, 1.5], ['hi', NaN], ['hi', '1'], ['hi', 0, 2, 'nope'], ['hi', 0, 2, 'ascii'],
  [5], ['hi', null], ['\ud83d\ude00', 3], ['\u20ac', 4], ['hi', 0, undefined, 'utf16le']]) {
  attempt(`write ${args.map(String).join(',')}`, () => {
    const b = Buffer.alloc(6);
    return `${b.write(...args)} ${b.toString('hex')}`;
  });
}

// toJSON, swap, isBuffer, isEncoding, byteLength.
console.log(JSON.stringify(Buffer.from('ab')), JSON.stringify({ b: Buffer.alloc(0) }), Buffer.from('xy').toJSON());
for (const size of [0, 2, 4, 8, 3, 6, 256]) {
  for (const method of ['swap16', 'swap32', 'swap64']) {
    attempt(`${method} ${size}`, () => Buffer.from(Array.from({ length: size }, (_, i) => i)).subarray(0, 16)[method]());
  }
}
attempt('swap big', () => {
  const b = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  b.swap64();
  return b.subarray(0, 16);
});
for (const value of [Buffer.alloc(1), new Uint8Array(1), {}, null, 'x', Object.create(Buffer.prototype)]) {
  console.log('isBuffer', Buffer.isBuffer(value));
}
for (const name of ['utf8', 'UTF-8', 'hex', 'binary', 'ucs-2', 'utf16le', 'base64url', 'latin1', 'ascii', 'utf16', '',
  null, undefined, 5, 'buffer', 'raw', 'Utf-16LE', new String('hex')]) {
  console.log('isEncoding', String(name), Buffer.isEncoding(name));
}
for (const args of [['h\u00e9llo'], ['h\u00e9llo', 'latin1'], ['aGk=', 'base64'], ['aGk', 'base64url'], ['abc', 'hex'],
  ['\ud800', 'utf8'], ['ab', 'ucs2'], ['x', 'nope'], [new ArrayBuffer(5)], [new Uint16Array(3)], [new DataView(new ArrayBuffer(2))],
  [5], [{}], ['', 'hex'], ['====', 'base64'], ['a=', 'base64']]) {
  attempt(`byteLength ${args.map(String).join(',')}`, () => Buffer.byteLength(...args));
}

// transcode, isUtf8, isAscii.
const samples = [Buffer.from([0x41, 0xe9, 0x80, 0xff]), Buffer.from('A\u20ac\ud83d\ude00'), Buffer.from([0x41, 0, 0, 0xd8, 0x42, 0]),
  Buffer.from([0xc3, 0x28, 0x41, 0xe2, 0x82]), Buffer.from([0x41, 0, 0x42])];
for (const sample of samples) {
  for (const from of ['ascii', 'latin1', 'ucs2', 'utf8', 'binary', 'utf16le', 'hex']) {
    for (const to of ['ascii', 'latin1', 'ucs2', 'utf8', 'utf-16le', 'base64']) {
      attempt(`transcode ${sample.toString('hex')} ${from} ${to}`, () => buffer.transcode(sample, from, to));
    }
  }
}
attempt('transcode empty', () => buffer.transcode(Buffer.alloc(0), 'nope', 'nope'));
attempt('transcode bad', () => buffer.transcode('x', 'utf8', 'ucs2'));
for (const input of [Buffer.from('abc'), Buffer.from([0xc3, 0xa9]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]),
  new Uint16Array([0x4141]), new ArrayBuffer(2), Buffer.from([0x80]), 'abc', null, new DataView(new ArrayBuffer(1))]) {
  attempt('isUtf8', () => buffer.isUtf8(input));
  attempt('isAscii', () => buffer.isAscii(input));
}
const gone = new ArrayBuffer(4);
structuredClone(gone, { transfer: [gone] });
attempt('isUtf8 detached', () => buffer.isUtf8(gone));
attempt('atob', () => buffer.atob('aGk='));
attempt('btoa', () => buffer.btoa('hi'));
console.log(buffer.atob === atob, buffer.btoa === btoa);

// console.log output.
const withProps = Buffer.from('abc');
withProps.extra = { deep: [1] };
withProps[Symbol('s')] = 1;
console.log(Buffer.from('hi'), Buffer.alloc(0), withProps, [Buffer.from('x')], { b: Buffer.alloc(51, 1) });
console.log(Buffer.alloc(52, 255));
class MyBuffer extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('ab'), MyBuffer.prototype));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), Buffer.from('abc'), buffer.INSPECT_MAX_BYTES);
attempt('INSPECT_MAX_BYTES bad', () => { buffer.INSPECT_MAX_BYTES = -1; });
attempt('INSPECT_MAX_BYTES str', () => { buffer.INSPECT_MAX_BYTES = '1'; });
buffer.INSPECT_MAX_BYTES = 50;
console.log(Buffer.from('hi').inspect(), String(Buffer.from('hi')), `${Buffer.from([0xe2, 0x82])}`);
console.log(Buffer.from('ab').map((x) => x + 1), Buffer.from('abc').filter((x) => x !== 98));
