// The built-ins that carry authority (fs, net, child_process, http, ...)
// or that isohost does not implement (stream, zlib, vm, ...): they load,
// with Node's shape (keys, kinds of exports, constants tables), and the
// parts that need no authority (net.isIP, os.platform(), tty.isatty, ...)
// behave as Node's. Under isohost the case also checks, printing nothing,
// that every other function throws (or rejects with) ERR_ACCESS_DENIED /
// ERR_METHOD_NOT_IMPLEMENTED with a message naming the grant; Node
// itself performs the calls, so that part cannot be compared.
const util = require('util');

const modules = ['fs', 'fs/promises', 'net', 'child_process', 'http', 'https', 'http2', 'dns',
  'dns/promises', 'dgram', 'tls', 'cluster', 'os', 'v8', 'vm', 'inspector', 'readline',
  'readline/promises', 'repl', 'perf_hooks', 'stream', 'stream/promises', 'zlib', 'tty'];
// Exports isohost leaves out on purpose.
const absent = {
  tls: ['rootCertificates'], stream: ['_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer'],
};
const kind = (value) => (typeof value === 'function' && /^[A-Z]/.test(value.name) ? 'class' : typeof value);
for (const id of modules) {
  const m = require(id);
  console.log(`== ${id} ${typeof m} ${require(`node:${id}`) === m}`);
  const keys = Object.keys(m).filter((k) => !(absent[id] ?? []).includes(k));
  console.log(keys.map((k) => `${k}:${kind(m[k])}`).join(' '));
}

// Constants and tables.
const fs = require('fs');
const os = require('os');
const zlib = require('zlib');
const http = require('http');
const dns = require('dns');
const tls = require('tls');
console.log(JSON.stringify(fs.constants), Object.getPrototypeOf(fs.constants), fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log(require('fs/promises').constants === fs.constants, fs.promises === require('fs/promises'));
console.log(JSON.stringify(os.constants));
console.log(JSON.stringify(zlib.constants), JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
console.log(JSON.stringify(require('http2').constants), String(require('http2').sensitiveHeaders));
console.log(JSON.stringify(http.METHODS), JSON.stringify(http.STATUS_CODES), http.maxHeaderSize);
console.log(dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED, dns.NOTFOUND, dns.CANCELLED, require('dns/promises').NODATA,
            dns.promises === require('dns/promises'), dns.getDefaultResultOrder());
console.log(tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW, tls.DEFAULT_CIPHERS, tls.DEFAULT_ECDH_CURVE,
            tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION);
console.log(JSON.stringify(require('perf_hooks').constants), require('perf_hooks').performance === performance);
const cluster = require('cluster');
console.log(cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.workers, cluster.settings,
            cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy, cluster instanceof require('events'));
console.log(String(require('repl').REPL_MODE_SLOPPY), String(require('vm').constants.USE_MAIN_CONTEXT_DEFAULT_LOADER));

// What works without authority.
console.log(os.EOL === '\n', os.devNull, os.platform(), os.type(), os.arch(), os.machine(), os.endianness(),
            `${os.platform}`, `${os.arch}`, typeof os.availableParallelism());
console.log(require('tty').isatty(1), require('tty').isatty(2), require('tty').isatty(99), require('tty').isatty());
console.log(fs.existsSync('/definitely/not/here'), fs.existsSync(), typeof util.promisify(fs.readFile),
            typeof util.promisify(fs.exists));
util.promisify(fs.exists)('/definitely/not/here').then((value) => {
  console.log('exists ->', value);
  fs.exists('/definitely/not/here', (found) => console.log('exists callback ->', found));
});
try { fs.exists('x'); } catch (err) { console.log(err.code, err.message); }
console.log(fs._toUnixTimestamp('12'), fs._toUnixTimestamp(new Date(5000)), fs._toUnixTimestamp(1.5));
try { fs._toUnixTimestamp({}); } catch (err) { console.log(err.code, err.message); }
const net = require('net');
const ips = ['1.2.3.4', '255.255.255.255', '256.1.1.1', '01.2.3.4', '::', '::1', '1::', 'fe80::1%eth0',
  '::ffff:1.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3', 'g::1', '', 'localhost', null, 1234,
  '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.4', 'fe80::%', '1.2.3.4%x'];
console.log(ips.map((ip) => `${ip}=${net.isIP(ip)}${net.isIPv4(ip) ? 4 : ''}${net.isIPv6(ip) ? 6 : ''}`).join(' '));
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout(), net.Stream === net.Socket);
for (const [name, value] of [['x-ok', 'v'], ['bad name', 'v'], ['', 'v'], [5, 'v'], ['ok', undefined], ['ok', 'bad\nvalue'], ['ok', 'tab\tok']]) {
  for (const check of [() => http.validateHeaderName(name), () => http.validateHeaderValue(name, value)]) {
    try { check(); console.log('valid'); } catch (err) { console.log(err.code, err.message); }
  }
}
// The legacy Stream works: pipe() with 'data', 'drain', 'end', errors.
{
  const { Stream } = require('stream');
  const source = new Stream();
  const dest = new Stream();
  dest.writable = true;
  const written = [];
  dest.write = (chunk) => { written.push(chunk); return written.length < 2; };
  dest.end = () => written.push('<end>');
  source.readable = true;
  source.pause = () => written.push('<pause>');
  source.resume = () => written.push('<resume>');
  dest.on('pipe', (from) => written.push(from === source ? '<pipe>' : '<?>'));
  console.log(source.pipe(dest) === dest, source.eventNames(), dest.eventNames());
  source.emit('data', 'a');
  source.emit('data', 'b');
  dest.emit('drain');
  source.emit('end');
  source.emit('end');
  console.log(written.join(' '), source.eventNames(), dest.eventNames(), source instanceof require('events'));
  const s2 = new Stream();
  const d2 = new Stream();
  d2.write = () => true;
  d2.end = () => console.log('should not end');
  s2.pipe(d2, { end: false });
  s2.emit('end');
  try { s2.emit('error', new Error('piped error')); } catch (err) { console.log('rethrown', err.message); }
  console.log(s2.listenerCount('data'), d2.listenerCount('drain'));
}
// Subclassing at load time works.
const stream = require('stream');
class MyReadable extends stream.Readable {}
function OldStyle() {}
util.inherits(OldStyle, stream.Stream);
console.log(typeof MyReadable, Object.getPrototypeOf(stream.Duplex.prototype) === stream.Readable.prototype,
            Object.getPrototypeOf(stream.PassThrough.prototype) === stream.Transform.prototype,
            stream.Stream === stream, OldStyle.super_ === stream);
class MySocket extends net.Socket {}
console.log(typeof MySocket, typeof http.Agent.prototype, http.globalAgent instanceof http.Agent);

// isohost: every other function is denied (checked, not printed).
if (process.versions.isohost !== undefined) {
  const failures = [];
  const pattern = /^isohost: [\w/.]+ is (not available: .+ is not granted to this runtime \(grant it with --allow-[a-z]+\)|not implemented in this runtime)$/;
  const offered = new Set(['isIP', 'isIPv4', 'isIPv6', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
    'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout', 'validateHeaderName',
    'validateHeaderValue', 'arch', 'availableParallelism', 'endianness', 'platform', 'type', 'machine', 'isatty',
    'exists', 'existsSync', '_toUnixTimestamp', 'getDefaultResultOrder', 'setDefaultResultOrder',
    'isBuildingSnapshot']);
  const pending = [];
  const check = (label, error) => {
    if (!['ERR_ACCESS_DENIED', 'ERR_METHOD_NOT_IMPLEMENTED'].includes(error?.code) || !pattern.test(error.message)) {
      failures.push(`${label}: ${error?.code} ${error?.message}`);
    }
  };
  for (const id of modules) {
    if (id === 'stream' || id === 'stream/promises') continue;  // implemented (stream_* cases)
    const m = require(id);
    const targets = id === 'v8' ? [m, m.promiseHooks, m.startupSnapshot] : [m];
    for (const target of targets) {
      for (const key of Object.keys(target)) {
        const value = target[key];
        if (typeof value !== 'function' || offered.has(key) || /^[A-Z]/.test(key)) continue;
        try {
          const result = value();
          if (result instanceof Promise) pending.push(result.then(() => failures.push(`${id}.${key} resolved`), (e) => check(`${id}.${key}`, e)));
          else failures.push(`${id}.${key} returned`);
        } catch (error) {
          check(`${id}.${key}`, error);
        }
      }
      for (const key of Object.keys(target)) {
        const value = target[key];
        if (typeof value !== 'function' || !/^[A-Z]/.test(key) || key.startsWith('Performance') ||
            (id === 'stream' && key === 'Stream')) continue;
        try { new value(); failures.push(`new ${id}.${key} worked`); } catch (error) { check(`new ${id}.${key}`, error); }
      }
    }
  }
  Promise.all(pending).then(() => {
    if (failures.length > 0) {
      console.log(failures.join('\n'));
      process.exitCode = 1;
    }
  });
}
