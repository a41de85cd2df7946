// expect: error EvalError
// limits: allow_eval=0
new Function('return 1')();
