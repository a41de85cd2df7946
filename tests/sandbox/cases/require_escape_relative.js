// expect: error is denied: imports must stay below
// CommonJS require() of a file outside the root.
require('../outside/secret.cjs');
