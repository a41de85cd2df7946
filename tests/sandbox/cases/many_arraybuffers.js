// expect: out-of-memory
// limits: max_external_mb=64
const keep = [];
for (;;) keep.push(new ArrayBuffer(64 * 1024));
