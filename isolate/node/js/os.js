// node:os: what a script may know about its host. isohost offers the
// constants of the platform (EOL, devNull, constants), platform(),
// type(), arch(), machine(), endianness() and availableParallelism()
// (navigator.hardwareConcurrency tells that already); everything that
// describes the host itself (hostname, homedir, tmpdir, cpus, memory,
// network interfaces, users, load, uptime, priorities, release, version)
// throws ERR_ACCESS_DENIED (--allow-sys; see node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const utilBinding = binding('util');

  const deny = (name) => denied.deniedFunction('os', name, 'sys');
  const machines = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l',
                     riscv64: 'riscv64', ppc64: 'ppc64', s390x: 's390x' };
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

  const os = {
    arch: function arch() { return utilBinding.arch; },
    availableParallelism: function availableParallelism() {
      return internals.global.navigator?.hardwareConcurrency ?? 1;
    },
    cpus: deny('cpus'),
    endianness: function endianness() { return littleEndian ? 'LE' : 'BE'; },
    freemem: deny('freemem'),
    getPriority: deny('getPriority'),
    homedir: deny('homedir'),
    hostname: deny('hostname'),
    loadavg: deny('loadavg'),
    networkInterfaces: deny('networkInterfaces'),
    platform: function platform() { return 'linux'; },
    release: deny('release'),
    setPriority: deny('setPriority'),
    tmpdir: deny('tmpdir'),
    totalmem: deny('totalmem'),
    type: function type() { return 'Linux'; },
    userInfo: deny('userInfo'),
    uptime: deny('uptime'),
    version: deny('version'),
    machine: function machine() { return machines[utilBinding.arch] ?? 'unknown'; },
    constants: denied.table({"UV_UDP_REUSEADDR":4,"dlopen":{"RTLD_LAZY":1,"RTLD_NOW":2,"RTLD_GLOBAL":256,"RTLD_LOCAL":0,"RTLD_DEEPBIND":8},"errno":{"E2BIG":7,"EACCES":13,"EADDRINUSE":98,"EADDRNOTAVAIL":99,"EAFNOSUPPORT":97,"EAGAIN":11,"EALREADY":114,"EBADF":9,"EBADMSG":74,"EBUSY":16,"ECANCELED":125,"ECHILD":10,"ECONNABORTED":103,"ECONNREFUSED":111,"ECONNRESET":104,"EDEADLK":35,"EDESTADDRREQ":89,"EDOM":33,"EDQUOT":122,"EEXIST":17,"EFAULT":14,"EFBIG":27,"EHOSTUNREACH":113,"EIDRM":43,"EILSEQ":84,"EINPROGRESS":115,"EINTR":4,"EINVAL":22,"EIO":5,"EISCONN":106,"EISDIR":21,"ELOOP":40,"EMFILE":24,"EMLINK":31,"EMSGSIZE":90,"EMULTIHOP":72,"ENAMETOOLONG":36,"ENETDOWN":100,"ENETRESET":102,"ENETUNREACH":101,"ENFILE":23,"ENOBUFS":105,"ENODATA":61,"ENODEV":19,"ENOENT":2,"ENOEXEC":8,"ENOLCK":37,"ENOLINK":67,"ENOMEM":12,"ENOMSG":42,"ENOPROTOOPT":92,"ENOSPC":28,"ENOSR":63,"ENOSTR":60,"ENOSYS":38,"ENOTCONN":107,"ENOTDIR":20,"ENOTEMPTY":39,"ENOTSOCK":88,"ENOTSUP":95,"ENOTTY":25,"ENXIO":6,"EOPNOTSUPP":95,"EOVERFLOW":75,"EPERM":1,"EPIPE":32,"EPROTO":71,"EPROTONOSUPPORT":93,"EPROTOTYPE":91,"ERANGE":34,"EROFS":30,"ESPIPE":29,"ESRCH":3,"ESTALE":116,"ETIME":62,"ETIMEDOUT":110,"ETXTBSY":26,"EWOULDBLOCK":11,"EXDEV":18},"signals":{"SIGHUP":1,"SIGINT":2,"SIGQUIT":3,"SIGILL":4,"SIGTRAP":5,"SIGABRT":6,"SIGIOT":6,"SIGBUS":7,"SIGFPE":8,"SIGKILL":9,"SIGUSR1":10,"SIGSEGV":11,"SIGUSR2":12,"SIGPIPE":13,"SIGALRM":14,"SIGTERM":15,"SIGCHLD":17,"SIGSTKFLT":16,"SIGCONT":18,"SIGSTOP":19,"SIGTSTP":20,"SIGTTIN":21,"SIGTTOU":22,"SIGURG":23,"SIGXCPU":24,"SIGXFSZ":25,"SIGVTALRM":26,"SIGPROF":27,"SIGWINCH":28,"SIGIO":29,"SIGPOLL":29,"SIGPWR":30,"SIGSYS":31},"priority":{"PRIORITY_LOW":19,"PRIORITY_BELOW_NORMAL":10,"PRIORITY_NORMAL":0,"PRIORITY_ABOVE_NORMAL":-7,"PRIORITY_HIGH":-14,"PRIORITY_HIGHEST":-20}}),
    EOL: '\n',
    devNull: '/dev/null',
  };
  for (const name of ['arch', 'availableParallelism', 'endianness', 'platform',
                      'type', 'machine']) {
    os[name][Symbol.toPrimitive] = () => os[name]();
  }
  module.exports = os;
  require('node:internal/denied').reorder(module.exports, [
    'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem',
    'getPriority', 'homedir', 'hostname', 'loadavg', 'networkInterfaces',
    'platform', 'release', 'setPriority', 'tmpdir', 'totalmem', 'type',
    'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull',
  ]);
});
