// expect: error is denied: imports must stay below
// node_modules/escapee is a symlink to a folder outside the root: the
// package resolves, but its real path is refused.
require('escapee/secret.cjs');
