// expect: wall-time
// limits: max_wall_ms=300
setInterval(() => {}, 1000);
