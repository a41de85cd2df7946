// expect: cpu-time
// limits: max_cpu_ms=300
// An endless chain of promise reactions: the microtask queue never drains.
function again() { return Promise.resolve().then(again); }
again();
