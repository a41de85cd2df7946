// expect: out-of-memory
// limits: max_external_mb=64
const buffer = new ArrayBuffer(2 ** 31);
console.log('allocated', buffer.byteLength);
