// expect: load-error is denied: imports must stay below
// link_to_outside.mjs is a symlink inside the root pointing out of it.
import './link_to_outside.mjs';
