// expect: out-of-memory
// limits: max_heap_mb=32
const keep = [];
for (;;) keep.push({ index: keep.length, tags: ['a', 'b'] });
