// expect: out-of-memory
// limits: max_heap_mb=32
const map = new Map();
for (let i = 0; ; i++) map.set(i, { i });
