// A syntax error on line 3.
const ok = 1;
const bad = ;
