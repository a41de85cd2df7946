// expect: out-of-memory
// limits: max_heap_mb=32 max_cpu_ms=20000
for (;;) setTimeout(() => {}, 1e9);
