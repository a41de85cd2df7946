// expect: cpu-time
// limits: max_cpu_ms=300
function tick() { process.nextTick(tick); }
tick();
