// expect: stack
// limits: stack_kb=512
function down(n) { return down(n + 1) + 1; }
down(0);
