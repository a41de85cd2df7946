// expect: cpu-time
// limits: max_cpu_ms=300
// Rescheduling forever: the loop turns, but never runs out of work.
function again() { setImmediate(again); }
again();
