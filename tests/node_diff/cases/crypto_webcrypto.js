// Web Crypto (the `crypto` global): SHA digests and HMAC over generated
// inputs and keys, key shapes and errors, getRandomValues() checks and
// randomUUID()'s format (not its values).
let seed = 0x2545f491;
function random() {  // xorshift32: the same inputs under Node and isohost
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
const hex = (buffer) => [...new Uint8Array(buffer)]
  .map((b) => b.toString(16).padStart(2, '0')).join('');
async function show(label, fn) {
  try {
    const result = await fn();
    console.log(label, result instanceof ArrayBuffer ? hex(result) : result);
  } catch (error) {
    console.log(label, error.name, error.code, error.message,
                error instanceof DOMException);
  }
}

(async () => {
  const { subtle } = crypto;
  const hashes = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];
  const lengths = [];
  for (let i = 0; i <= 140; i++) lengths.push(i);
  lengths.push(255, 256, 257, 1000, 4096, 65537, 1 << 20);
  for (const length of lengths) {
    const data = bytes(length);
    const out = [];
    for (const hash of hashes) out.push(hex(await subtle.digest(hash, data)));
    console.log('digest', length, out.join(' '));
  }
  // Names are case-insensitive; every BufferSource is accepted.
  const data = bytes(77);
  const views = [
    data, data.buffer, new DataView(data.buffer),
    new Uint16Array(data.buffer, 2, 20), data.subarray(5, 60),
  ];
  for (const name of ['sha-256', 'Sha-256', { name: 'sHa-256' }]) {
    const out = [];
    for (const view of views) out.push(hex(await subtle.digest(name, view)));
    console.log('views', JSON.stringify(name), out.join(' '));
  }
  const digestPromise = subtle.digest('SHA-1', data);
  console.log('promise', digestPromise instanceof Promise,
              (await digestPromise) instanceof ArrayBuffer);

  // HMAC: keys of many lengths, each hash, messages of many lengths.
  for (let keyLength = 1; keyLength <= 150; keyLength += 7) {
    const raw = bytes(keyLength);
    const out = [];
    for (const hash of hashes) {
      const key = await subtle.importKey('raw', raw, { name: 'HMAC', hash },
                                         true, ['sign', 'verify']);
      const message = bytes(keyLength * 3);
      const signature = await subtle.sign('HMAC', key, message);
      const flipped = new Uint8Array(signature).slice();
      flipped[keyLength % flipped.length] ^= 1;
      const ok = await subtle.verify({ name: 'hmac' }, key, signature, message);
      const bad = await subtle.verify('HMAC', key, flipped, message);
      const short = await subtle.verify('HMAC', key, flipped.subarray(1),
                                        message);
      const exported = hex(await subtle.exportKey('raw', key)) === hex(raw);
      out.push(`${hex(signature).slice(0, 24)}:${ok}${bad}${short}${exported}`);
    }
    console.log('hmac', keyLength, out.join(' '));
  }

  const raw = bytes(20);
  const key = await subtle.importKey('raw', raw,
                                     { name: 'hmac', hash: { name: 'sha-256' } },
                                     true, ['verify', 'sign']);
  console.log(key);
  console.log(key.algorithm === key.algorithm, key.usages === key.usages,
              Object.keys(key), String(key));
  const jwk = await subtle.exportKey('jwk', key);
  console.log(jwk);
  const again = await subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-256' },
                                       false, ['sign']);
  console.log(again.algorithm, again.usages, again.extractable,
              hex(await subtle.sign('HMAC', again, raw)) ===
                hex(await subtle.sign('HMAC', key, raw)));
  for (const hash of hashes) {
    const generated = await subtle.generateKey({ name: 'HMAC', hash }, true,
                                               ['sign']);
    console.log('generated', generated.algorithm, generated.usages,
                generated.type, (await subtle.exportKey('raw', generated)).byteLength);
  }
  const sized = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 24 },
                                         false, ['verify', 'sign']);
  console.log('sized', sized.algorithm, sized.extractable);
  const signed = await subtle.sign('HMAC', sized, raw);
  console.log('sized sign+verify', await subtle.verify('HMAC', sized, signed, raw));

  const H = { name: 'HMAC', hash: 'SHA-256' };
  const cases = {
    'digest md5': () => subtle.digest('md5', raw),
    'digest sha256': () => subtle.digest('sha256', raw),
    'digest string': () => subtle.digest('SHA-256', 'abc'),
    'digest array': () => subtle.digest('SHA-256', [1, 2]),
    'digest sab': () => subtle.digest('SHA-256', new SharedArrayBuffer(2)),
    'digest 1 arg': () => subtle.digest('SHA-256'),
    'digest 0 args': () => subtle.digest(),
    'digest {}': () => subtle.digest({}, raw),
    'digest 5': () => subtle.digest(5, raw),
    'digest this': () => subtle.digest.call({}, 'SHA-256', raw),
    'import 3 args': () => subtle.importKey('raw', raw, H),
    'import no usages': () => subtle.importKey('raw', raw, H, false),
    'import bad usage': () => subtle.importKey('raw', raw, H, false, ['sign', 'x']),
    'import encrypt': () => subtle.importKey('raw', raw, H, false, ['encrypt']),
    'import empty usages': () => subtle.importKey('raw', raw, H, false, []),
    'import empty key': () => subtle.importKey('raw', new Uint8Array(0), H, false, ['sign']),
    'import no hash': () => subtle.importKey('raw', raw, { name: 'HMAC' }, false, ['sign']),
    'import md5 hash': () => subtle.importKey('raw', raw, { name: 'HMAC', hash: 'MD5' }, false, ['sign']),
    'import length ok': () => subtle.importKey('raw', raw, { ...H, length: 160 }, false, ['sign'])
      .then((k) => k.algorithm),
    'import length 0': () => subtle.importKey('raw', raw, { ...H, length: 0 }, false, ['sign']),
    'import length 159': () => subtle.importKey('raw', raw, { ...H, length: 159 }, false, ['sign']),
    'import length -1': () => subtle.importKey('raw', raw, { ...H, length: -1 }, false, ['sign']),
    'import bogus format': () => subtle.importKey('bogus', raw, H, false, ['sign']),
    'import unknown alg': () => subtle.importKey('raw', raw, { name: 'FOO' }, false, ['sign']),
    'import string data': () => subtle.importKey('raw', 'abc', H, false, ['sign']),
    'jwk kty': () => subtle.importKey('jwk', { kty: 'OCT', k: 'AQID' }, H, true, ['sign']),
    'jwk no k': () => subtle.importKey('jwk', { kty: 'oct' }, H, true, ['sign']),
    'jwk alg': () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', alg: 'HS512' }, H, true, ['sign']),
    'jwk use': () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', use: 'enc' }, H, true, ['sign']),
    'jwk key_ops': () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', key_ops: ['verify'] }, H, true, ['sign']),
    'jwk duplicate op': () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', key_ops: ['sign', 'sign'] }, H, true, ['sign']),
    'jwk ext': () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', ext: false }, H, true, ['sign']),
    'jwk buffer': () => subtle.importKey('jwk', raw, H, true, ['sign']),
    'jwk string': () => subtle.importKey('jwk', 'x', H, true, ['sign']),
    'sign 2 args': () => subtle.sign('HMAC', key),
    'sign not a key': () => subtle.sign('HMAC', {}, raw),
    'sign string': () => subtle.sign('HMAC', key, 'x'),
    'sign AES': () => subtle.sign('AES-GCM', key, raw),
    'verify no usage': () => subtle.verify('HMAC', sized, raw, raw).then(() => subtle.verify('HMAC', again, raw, raw)),
    'export 1 arg': () => subtle.exportKey('raw'),
    'export not a key': () => subtle.exportKey('raw', {}),
    'export bad format': () => subtle.exportKey('bad', key),
    'generate 2 args': () => subtle.generateKey(H, true),
    'generate encrypt': () => subtle.generateKey(H, true, ['encrypt']),
    'generate empty usages': () => subtle.generateKey(H, true, []),
    'generate length 0': () => subtle.generateKey({ ...H, length: 0 }, true, ['sign']),
    'generate length 100': () => subtle.generateKey({ ...H, length: 100 }, true, ['sign']),
    'generate RSA': () => subtle.generateKey({ name: 'RSA' }, true, ['sign']),
    'encrypt 2 args': () => subtle.encrypt('FOO', key),
    'encrypt not a key': () => subtle.encrypt('FOO', {}, raw),
    'encrypt HMAC': () => subtle.encrypt({ name: 'HMAC' }, key, raw),
    'deriveBits not a key': () => subtle.deriveBits({ name: 'HKDF' }, {}, 8),
    'wrapKey 3 args': () => subtle.wrapKey('raw', key, key),
    'unwrapKey 6 args': () => subtle.unwrapKey(1, 2, 3, 4, 5, 6),
  };
  for (const [label, fn] of Object.entries(cases)) await show(label, fn);

  // getRandomValues
  const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array,
                 Uint16Array, Int32Array, Uint32Array, BigInt64Array,
                 BigUint64Array, Float32Array, Float64Array];
  for (const Type of types) {
    const array = new Type(4);
    await show(`random ${Type.name}`, () => {
      const result = crypto.getRandomValues(array);
      return [result === array, result.length];
    });
    const max = 65536 / Type.BYTES_PER_ELEMENT;
    await show(`random ${Type.name} max`, () => crypto.getRandomValues(new Type(max)).length);
    await show(`random ${Type.name} max+1`, () => crypto.getRandomValues(new Type(max + 1)).length);
  }
  for (const [label, value] of [['DataView', new DataView(new ArrayBuffer(2))],
                                ['ArrayBuffer', new ArrayBuffer(2)], ['array', [1]],
                                ['null', null], ['string', 'ab']]) {
    await show(`random ${label}`, () => crypto.getRandomValues(value));
  }
  await show('random no args', () => crypto.getRandomValues());
  await show('random this', () => crypto.getRandomValues.call({}, new Uint8Array(1)));
  await show('random proto', () => Crypto.prototype.getRandomValues.call(crypto, new Uint8Array(3)).length);
  const big = crypto.getRandomValues(new Uint8Array(65536));
  const counts = new Array(256).fill(0);
  for (const b of big) counts[b]++;
  console.log('random spread', counts.every((n) => n > 150 && n < 370));

  const format = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const uuids = new Set();
  let wellFormed = true;
  for (let i = 0; i < 2000; i++) {
    const uuid = crypto.randomUUID();
    wellFormed = wellFormed && format.test(uuid);
    uuids.add(uuid);
  }
  console.log('uuid', wellFormed, uuids.size);
  await show('uuid this', () => crypto.randomUUID.call({}));

  // The classes.
  console.log(crypto, subtle, String(crypto), String(subtle));
  console.log(Object.getOwnPropertyNames(Crypto.prototype),
              Object.getOwnPropertyNames(SubtleCrypto.prototype),
              Object.getOwnPropertyNames(CryptoKey.prototype));
  console.log(crypto.subtle === subtle, crypto instanceof Crypto,
              subtle instanceof SubtleCrypto, key instanceof CryptoKey);
  await show('new Crypto', () => new Crypto());
  await show('new SubtleCrypto', () => new SubtleCrypto());
  await show('new CryptoKey', () => new CryptoKey());
  await show('CryptoKey.type on {}', () => Object.getOwnPropertyDescriptor(
    CryptoKey.prototype, 'type').get.call({}));
})();
