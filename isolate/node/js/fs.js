// node:fs: file-system access is not granted to isohost runtimes (see
// node:internal/denied). Reading functions need --allow-read, writing
// ones --allow-write; existsSync() answers false and exists() calls back
// with false (as Node's do for a path they may not see); fs.constants and
// the deprecated F_OK... have Node's values. Stats and Dirent are not
// implemented.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const { codes, validateFunction } = require('node:internal/errors');
  const types = require('node:util/types');

  const write = new Set([
    'appendFile', 'chown', 'chmod', 'copyFile', 'cp', 'createWriteStream',
    'fchown', 'fchmod', 'fdatasync', 'fsync', 'ftruncate', 'futimes',
    'lchown', 'link', 'lutimes', 'mkdir', 'mkdtemp', 'rename', 'rm', 'rmdir',
    'symlink', 'truncate', 'unlink', 'utimes', 'writeFile', 'write', 'writev',
  ]);
  const names = [
    'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown',
    'chownSync', 'chmod', 'chmodSync', 'close', 'closeSync', 'copyFile',
    'copyFileSync', 'cp', 'cpSync', 'createReadStream', 'createWriteStream',
    'exists', 'existsSync', 'fchown', 'fchownSync', 'fchmod', 'fchmodSync',
    'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync', 'fsyncSync',
    'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'lchown',
    'lchownSync', 'lchmod', 'lchmodSync', 'link', 'linkSync', 'lstat',
    'lstatSync', 'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp',
    'mkdtempSync', 'open', 'openSync', 'openAsBlob', 'readdir', 'readdirSync',
    'read', 'readSync', 'readv', 'readvSync', 'readFile', 'readFileSync',
    'readlink', 'readlinkSync', 'realpath', 'realpathSync', 'rename',
    'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs',
    'statSync', 'statfsSync', 'symlink', 'symlinkSync', 'truncate',
    'truncateSync', 'unwatchFile', 'unlink', 'unlinkSync', 'utimes',
    'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync', 'write',
    'writeSync', 'writev', 'writevSync',
  ];

  const fs = {};
  for (const name of names) {
    if (name === 'lchmod' || name === 'lchmodSync') {
      fs[name] = undefined;  // not on Linux, as in Node
      continue;
    }
    const capability = write.has(name.replace(/Sync$/, '')) ? 'write' : 'read';
    fs[name] = denied.deniedFunction('fs', name, capability);
  }

  fs.exists = function exists(path, callback) {
    validateFunction(callback, 'cb');
    internals.nextTick(callback, false);
  };
  Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
    value: function exists(path) {
      return new Promise((resolve) => fs.exists(path, resolve));
    },
  });
  fs.existsSync = function existsSync(path) { return false; };
  fs.realpath.native = denied.deniedFunction('fs', 'realpath.native', 'read');
  fs.realpathSync.native =
    denied.deniedFunction('fs', 'realpathSync.native', 'read');

  fs.Dirent = denied.deniedClass('fs', 'Dirent', 'none');
  fs.Stats = denied.deniedClass('fs', 'Stats', 'none');
  fs.ReadStream = denied.deniedClass('fs', 'ReadStream', 'read');
  fs.WriteStream = denied.deniedClass('fs', 'WriteStream', 'write');
  fs.FileReadStream = fs.ReadStream;
  fs.FileWriteStream = fs.WriteStream;

  // Seconds since the epoch, from a Date, a number or a numeric string.
  fs._toUnixTimestamp = function toUnixTimestamp(time, name = 'time') {
    // eslint-disable-next-line eqeqeq
    if (typeof time === 'string' && +time == time) return +time;
    if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
    if (types.isDate(time)) return Date.prototype.getTime.call(time) / 1000;
    throw codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
  };
  fs.Dir = denied.deniedClass('fs', 'Dir', 'read');
  fs.opendir = denied.deniedFunction('fs', 'opendir', 'read');
  fs.opendirSync = denied.deniedFunction('fs', 'opendirSync', 'read');

  const constants = denied.table({"UV_FS_SYMLINK_DIR":1,"UV_FS_SYMLINK_JUNCTION":2,"O_RDONLY":0,"O_WRONLY":1,"O_RDWR":2,"UV_DIRENT_UNKNOWN":0,"UV_DIRENT_FILE":1,"UV_DIRENT_DIR":2,"UV_DIRENT_LINK":3,"UV_DIRENT_FIFO":4,"UV_DIRENT_SOCKET":5,"UV_DIRENT_CHAR":6,"UV_DIRENT_BLOCK":7,"EXTENSIONLESS_FORMAT_JAVASCRIPT":0,"EXTENSIONLESS_FORMAT_WASM":1,"S_IFMT":61440,"S_IFREG":32768,"S_IFDIR":16384,"S_IFCHR":8192,"S_IFBLK":24576,"S_IFIFO":4096,"S_IFLNK":40960,"S_IFSOCK":49152,"O_CREAT":64,"O_EXCL":128,"UV_FS_O_FILEMAP":0,"O_NOCTTY":256,"O_TRUNC":512,"O_APPEND":1024,"O_DIRECTORY":65536,"O_NOATIME":262144,"O_NOFOLLOW":131072,"O_SYNC":1052672,"O_DSYNC":4096,"O_DIRECT":16384,"O_NONBLOCK":2048,"S_IRWXU":448,"S_IRUSR":256,"S_IWUSR":128,"S_IXUSR":64,"S_IRWXG":56,"S_IRGRP":32,"S_IWGRP":16,"S_IXGRP":8,"S_IRWXO":7,"S_IROTH":4,"S_IWOTH":2,"S_IXOTH":1,"F_OK":0,"R_OK":4,"W_OK":2,"X_OK":1,"UV_FS_COPYFILE_EXCL":1,"COPYFILE_EXCL":1,"UV_FS_COPYFILE_FICLONE":2,"COPYFILE_FICLONE":2,"UV_FS_COPYFILE_FICLONE_FORCE":4,"COPYFILE_FICLONE_FORCE":4});
  fs.F_OK = constants.F_OK;
  fs.R_OK = constants.R_OK;
  fs.W_OK = constants.W_OK;
  fs.X_OK = constants.X_OK;
  fs.constants = constants;
  Object.defineProperty(fs, 'promises', {
    enumerable: true,
    configurable: true,
    get() { return require('node:fs/promises'); },
  });
  module.exports = fs;
});
