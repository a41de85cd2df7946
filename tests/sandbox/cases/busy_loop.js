// expect: cpu-time
// limits: max_cpu_ms=300
for (;;) {}
