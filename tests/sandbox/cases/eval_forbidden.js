// expect: error EvalError
// limits: allow_eval=0
eval('1 + 1');
