// node:child_process: starting processes is not granted to isohost
// runtimes: every function and ChildProcess throw ERR_ACCESS_DENIED
// (--allow-run; see node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  denied.define(exports, 'child_process', {
    functions: {
      run: ['_forkChild', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork',
            'spawn', 'spawnSync'],
    },
  });
  exports.ChildProcess = denied.deniedClass('child_process', 'ChildProcess', 'run',
                                            [], require('node:events'));
  require('node:internal/denied').reorder(module.exports, [
    '_forkChild', 'ChildProcess', 'exec', 'execFile', 'execFileSync',
    'execSync', 'fork', 'spawn', 'spawnSync',
  ]);
});
