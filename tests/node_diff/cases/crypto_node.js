// node:crypto: hashes and HMACs over generated inputs, chunked updates and
// string encodings, digest encodings, the random functions' checks and
// shapes (not their values), timingSafeEqual, getHashes.
const crypto = require('crypto');
let seed = 0x1234567;
function random() {  // xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
function bytes(length) {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = random() & 0xff;
  return out;
}
function text(length) {  // ASCII, Latin-1, BMP, astral and lone surrogates
  let out = '';
  for (let i = 0; i < length; i++) {
    const kind = random() % 10;
    if (kind < 5) out += String.fromCharCode(32 + random() % 95);
    else if (kind < 7) out += String.fromCharCode(160 + random() % 96);
    else if (kind < 8) out += String.fromCharCode(0x400 + random() % 0x2000);
    else if (kind < 9) out += String.fromCodePoint(0x1f600 + random() % 80);
    else out += String.fromCharCode(0xd800 + random() % 0x800);
  }
  return out;
}
const hex = (view) => [...new Uint8Array(view.buffer, view.byteOffset, view.byteLength)]
  .map((b) => b.toString(16).padStart(2, '0')).join('');
function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                    'sha512-256', 'sha3-256', 'sha3-512', 'ripemd160',
                    'blake2b512', 'RSA-SHA256', 'SHA256', 'sha-256', 'SHA2-384'];
for (let length = 0; length < 300; length += 13) {
  const data = bytes(length);
  const line = [];
  for (const algorithm of algorithms) {
    const hash = crypto.createHash(algorithm);
    // In chunks of varying sizes, through different views.
    for (let at = 0; at < length;) {
      const size = 1 + random() % 40;
      const chunk = data.subarray(at, at + size);
      hash.update(random() % 2 ? chunk : new DataView(chunk.buffer, chunk.byteOffset, chunk.length));
      at += size;
    }
    line.push(hash.digest('hex').slice(0, 16));
  }
  console.log('hash', length, line.join(' '));
}
for (let i = 0; i < 40; i++) {
  const input = text(i * 3);
  const out = [];
  for (const encoding of ['utf8', 'latin1', 'ascii', 'utf16le', 'ucs2', 'binary', 'UTF-8', undefined]) {
    out.push(crypto.createHash('sha1').update(input, encoding).digest('hex').slice(0, 10));
  }
  const hexInput = hex(bytes(i));
  out.push(crypto.createHash('md5').update(hexInput, 'hex').digest('base64'));
  const b64 = crypto.createHash('md5').update(input).digest('base64');
  out.push(crypto.createHash('md5').update(b64, 'base64').digest('base64url'));
  out.push(crypto.createHash('md5').update(b64.replace(/=/g, ''), 'base64url').digest('hex'));
  console.log('text', i, out.join(' '));
}
const sample = bytes(50);
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'ucs2', 'utf16le', 'HEX', 'bogus']) {
  const out = crypto.createHash('sha256').update(sample).digest(encoding);
  console.log('digest', encoding, typeof out === 'string' ? JSON.stringify(out) : hex(out));
}
for (const length of [0, 1, 7, 32, 100]) {
  console.log('xof', length,
              hex(crypto.createHash('shake128', { outputLength: length }).update(sample).digest()),
              crypto.createHash('shake256', { outputLength: length }).update(sample).digest('hex').length);
}
console.log('xof default', crypto.createHash('shake256').update(sample).digest('hex'));
const raw = crypto.createHash('sha512').update(sample).digest();
console.log('digest()', raw.length, raw instanceof Uint8Array, hex(raw).slice(0, 20));
console.log('digest(buffer)', crypto.createHash('md5').update('').digest('buffer').length);

// copy() and the finalized state
const base = crypto.createHash('sha256').update('abc');
const copy = base.copy();
base.update('def');
console.log('copy', base.digest('hex'), copy.digest('hex'));
show('digest twice', () => base.digest());
show('update after digest', () => base.update('x'));
show('copy after digest', () => base.copy());
show('update returns this', () => { const h = crypto.createHash('md5'); return h.update('a') === h; });

// HMAC
const keys = ['', 'key', 'ff00', bytes(1), bytes(64), bytes(65), bytes(200)];
for (const [i, key] of keys.entries()) {
  const line = [];
  for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256']) {
    line.push(crypto.createHmac(algorithm, key).update(sample).update('tail')
      .digest('hex').slice(0, 16));
  }
  console.log('hmac', i, line.join(' '));
}
console.log('hmac key encoding', crypto.createHmac('sha256', 'ff00', 'hex').digest('hex'),
            crypto.createHmac('sha256', 'ff00', { encoding: 'hex' }).digest('hex'),
            crypto.createHmac('sha256', new Uint8Array([0xff, 0])).digest('hex'),
            crypto.createHmac('sha256', new Uint8Array([0xff, 0]).buffer).digest('hex'));
const mac = crypto.createHmac('sha1', 'k');
mac.digest();
show('hmac second digest', () => JSON.stringify(mac.digest('hex')));
show('hmac update after digest', () => mac.update('x'));

show('createHash()', () => crypto.createHash());
show('createHash(5)', () => crypto.createHash(5));
show('createHash(nope)', () => crypto.createHash('nope'));
show('createHash(md4)', () => crypto.createHash('md4'));
show('outputLength on sha256', () => crypto.createHash('sha256', { outputLength: 5 }));
show('outputLength = size', () => crypto.createHash('sha256', { outputLength: 32 }).digest().length);
show('update(5)', () => crypto.createHash('md5').update(5));
show('update(ArrayBuffer)', () => crypto.createHash('md5').update(new ArrayBuffer(1)));
show('update odd hex', () => crypto.createHash('md5').update('abc', 'hex'));
show('createHmac(sha256)', () => crypto.createHmac('sha256'));
show('createHmac(nope)', () => crypto.createHmac('nope', 'k'));
show('createHmac key 5', () => crypto.createHmac('sha256', 5));

// random
show('randomBytes(8)', () => { const b = crypto.randomBytes(8); return [b.length, b instanceof Uint8Array]; });
show('randomBytes(0)', () => crypto.randomBytes(0).length);
show('randomBytes(1.5)', () => crypto.randomBytes(1.5).length);
for (const size of [-1, '4', 2 ** 31, NaN, undefined]) {
  show(`randomBytes(${String(size)})`, () => crypto.randomBytes(size));
}
show('randomBytes cb 5', () => crypto.randomBytes(4, 5));
show('randomFillSync', () => {
  const array = new Uint32Array(4);
  return [crypto.randomFillSync(array) === array, crypto.randomFillSync(array, 1, 2) === array];
});
show('randomFillSync ab', () => crypto.randomFillSync(new ArrayBuffer(4)).byteLength);
show('randomFillSync dataview', () => crypto.randomFillSync(new DataView(new ArrayBuffer(4)), 1, 1).byteLength);
const untouched = new Uint8Array(16);
crypto.randomFillSync(untouched, 4, 8);
console.log('randomFillSync range', untouched.subarray(0, 4).join(), untouched.subarray(12).join());
for (const [label, args] of [
  ['offset past end', [new Uint32Array(4), 17]],
  ['size past end', [new Uint32Array(4), 1, 16]],
  ['negative offset', [new Uint8Array(4), -1]],
  ['string offset', [new Uint8Array(4), 'a']],
  ['float64 offset', [new Float64Array(2), 8, 8]],
  ['size + offset', [new Uint8Array(4), 2, 3]],
  ['array', [[1]]],
]) {
  show(`randomFillSync ${label}`, () => crypto.randomFillSync(...args));
}
show('randomFill no cb', () => crypto.randomFill(new Uint8Array(4)));
show('randomFill offset no cb', () => crypto.randomFill(new Uint8Array(4), 5));
for (const [label, args] of [
  ['(0)', [0]], ['(5, 5)', [5, 5]], ['(1.5)', [1.5]], ['(2**48 + 1)', [2 ** 48 + 1]],
  ['(-(2**53), 0)', [-(2 ** 53), 0]], ['("5")', ['5']], ['(1, 2, 3)', [1, 2, 3]],
  ['(0, 2**48)', [0, 2 ** 48]],
]) {
  show(`randomInt${label}`, () => crypto.randomInt(...args));
}
let inRange = true;
const seen = new Set();
for (let i = 0; i < 3000; i++) {
  const n = crypto.randomInt(-5, 5);
  inRange = inRange && Number.isInteger(n) && n >= -5 && n < 5;
  seen.add(n);
}
console.log('randomInt range', inRange, seen.size, crypto.randomInt(7, 8), crypto.randomInt(1));
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
show('randomUUID', () => [uuid.test(crypto.randomUUID()),
                          uuid.test(crypto.randomUUID({ disableEntropyCache: true }))]);
show('randomUUID(5)', () => crypto.randomUUID(5));
show('randomUUID(bad option)', () => crypto.randomUUID({ disableEntropyCache: 1 }));
show('getRandomValues', () => crypto.getRandomValues(new Uint16Array(3)).length);
show('getRandomValues float', () => crypto.getRandomValues(new Float32Array(1)));

show('timingSafeEqual', () => [
  crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])),
  crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])),
  crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])),
  crypto.timingSafeEqual(new ArrayBuffer(1), new Uint8Array([0])),
]);
show('timingSafeEqual lengths', () => crypto.timingSafeEqual(new Uint8Array(1), new Uint8Array(2)));
show('timingSafeEqual string', () => crypto.timingSafeEqual('a', 'a'));
show('timingSafeEqual one', () => crypto.timingSafeEqual(new Uint8Array(1)));

console.log('getHashes', crypto.getHashes().join(' '));
console.log('webcrypto', crypto.webcrypto === globalThis.crypto,
            crypto.subtle === globalThis.crypto.subtle,
            require('node:crypto') === crypto);

// Callbacks: each once, with (null, result).
let pending = 4;
const results = [];
const done = (label) => (error, value) => {
  results.push(`${label} ${error} ${value.length ?? typeof value}`);
  if (--pending === 0) console.log(results.sort().join('; '));
};
crypto.randomBytes(3, done('randomBytes'));
crypto.randomFill(new Uint8Array(5), done('randomFill'));
crypto.randomFill(new Uint8Array(5), 1, done('randomFill offset'));
crypto.randomInt(3, done('randomInt'));
