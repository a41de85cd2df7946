// expect: out-of-memory
// limits: max_heap_mb=64
// memory: lost
// V8 dies of this inside one allocation, past any heap-limit callback:
// the runtime is abandoned (its thread jumps out; its memory is not
// returned), the host carries on.
new Array(1e9).fill(0);
