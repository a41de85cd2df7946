// expect: out-of-memory
// limits: max_heap_mb=32
const keep = [];
for (let i = 0; ; i++) keep.push('x'.repeat(1000) + i);
