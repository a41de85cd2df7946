// node:fs/promises: every function returns a promise rejected with
// ERR_ACCESS_DENIED (file-system access is not granted; see node:fs).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const write = new Set([
    'copyFile', 'cp', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'symlink',
    'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown', 'utimes',
    'lutimes', 'mkdtemp', 'writeFile', 'appendFile',
  ]);
  const names = [
    'access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm',
    'rmdir', 'mkdir', 'readdir', 'readlink', 'symlink', 'lstat', 'stat',
    'statfs', 'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown',
    'utimes', 'lutimes', 'realpath', 'mkdtemp', 'writeFile', 'appendFile',
    'readFile', 'watch',
  ];
  for (const name of names) {
    exports[name] = denied.deniedFunction(
      'fs/promises', name, write.has(name) ? 'write' : 'read', true);
  }
  exports.constants = require('node:fs').constants;
});
