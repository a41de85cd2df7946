// Generated URL inputs (seeded, so the same under Node and isohost): every
// component of new URL(input[, base]), or the error code. Inputs mix
// schemes, credentials, hosts (domains, IPv4 in decimal/hex/octal parts,
// IPv6, unicode and punycode), ports, paths with dot segments and percent
// signs, queries and fragments, with noise (tabs, newlines, backslashes,
// spaces, controls, lone surrogates) and relative references against
// several bases.
'use strict';

// xorshift128+ on 32-bit halves, seeded: our own PRNG, the same everywhere.
let s0 = 0x9e3779b9, s1 = 0x243f6a88, s2 = 0xb7e15162, s3 = 0x7f4a7c15;
function next() {
  const t = s0 ^ (s0 << 11);
  s0 = s1; s1 = s2; s2 = s3;
  s3 = (s3 ^ (s3 >>> 19) ^ t ^ (t >>> 8)) >>> 0;
  return s3;
}
const pick = (list) => list[next() % list.length];
const chance = (percent) => next() % 100 < percent;

const schemes = ['http', 'https', 'ftp', 'ws', 'wss', 'file', 'HTTP', 'hTtPs',
  'FILE', 'sc', 'foo+bar', 'a.b-c', 'blob', 'data', 'javascript', 'mailto',
  'urn', 'web+demo', 'x', '1abc', '', 'ht tp', 'ht%74p'];
const afterScheme = [':', '://', '://', '://', ':/', ':///', ':\\\\', ':\\',
  ':////', ':/\\', ':\\/', '', ':\t//', '://\n'];
const credentials = ['', '', '', 'user@', 'user:pass@', ':pass@', 'u:@', '@',
  'a@b@', 'us%40er:p%3Ass@', '\u00fc:\u00df@', 'a b:c d@', 'x:y:z@', "a'b@",
  'a:b:c@d@', 'user%zz@', '\u{1F600}@', 'a\\b@', 'a/b@', 'a#b@'];
const hosts = ['example.com', 'EXAMPLE.com', 'a', 'localhost', 'LOCALHOST',
  '127.0.0.1', '0x7f.1', '0177.0.0.1', '1.2.3', '4294967295', '4294967296',
  '0x100000000', '1.2.3.4.', '1.2.3.4.5', '08', '09.1', '0x', '0xg', '1..2',
  '0x7F.0X0.00.01', '1.0x2.03.4', '255.255.255.256', '256.0.0.1',
  '0xffffffff', '00000000000000000000000000001', '1.2.3.0x', '0x.0x.0x.0x',
  '[::1]', '[1:2:3:4:5:6:7:8]', '[::ffff:1.2.3.4]', '[1::]', '[::]',
  '[1:0:0:2::3]', '[0:0:1:0:0:1:0:0]', '[::1.2.3]', '[1:2:3:4:5:6:7:8:9]',
  '[zz]', '[::1', '[1::2::3]', '[::1.2.3.4.5]', '[::01.2.3.4]', '[FFFF::A]',
  '[0:0:0:0:0:0:0:0]', '[1:2::3:4:5:6:7]', '[::ffff:256.1.1.1]',
  'fa\u00df.de', 'b\u00fccher.de', 'xn--bcher-kva.de', 'xn--a', 'xn--zca',
  '\u00c9XAMPLE.com', '\u65e5\u672c\u8a9e.jp', '%41.com', '%zz', 'a%2eb',
  'a b', 'a<b', 'a^b', 'a|b', '\u00ad', '-x-.com', 'x_y.com', '', ' ', 'a..b',
  '.a', 'a.', '\u0661\u0662\u0663.com', '\u05e2\u05d1\u05e8\u05d9\u05ea.il',
  '\uff21\uff22', 'a\u3002b', '[::1]x', 'ex%C3%A4mple', 'a%00b', 'a%7Fb',
  '%F0%9F%98%80', '\u{1F600}.com', 'a\u200db', '\u2460', 'XN--ZCA',
  'xn--abc-', 'ab--cd', '\u0430\u0435.ru', 'x\u00a0y', 'a\uFF0Fb'];
const ports = ['', '', '', ':80', ':443', ':8080', ':', ':0', ':65535',
  ':65536', ':00080', ':8a', ':-1', ':21', ':99999999999', ':1e3', ': 1'];
const paths = ['', '', '/', '/a/b/c', '/a/./b/../c', '/..', '/../..',
  '/%2e%2E/x', '/.%2e/', '/a/%2e', '\\a\\b', '/a b', '/\u00fc', '/C:/x',
  '/C|/x', '/c:', '/a//b', '//', '/%', '/%zz', '/%41', '/a\tb\nc',
  '/\u{1F600}', "/'\"<>`{}|^", '/./', 'a/b', '/a/..//b', '/.', '/..',
  '/%2e', '/a/...', '/x/.../..', '/C:/../..', '/C:', 'C|', '/a;b=c',
  '/\u0000\u001f\u007f', '/a\\..\\b', '/\uD800x'];
const queries = ['', '', '?', '?a=b', '?a=b&c=d', "?'", '?a b', '?\u00fc',
  '?%zz', '?a=1?b', '?`<>"', '?\u0000', '?#', '?a=%20+b'];
const fragments = ['', '', '#', '#f', '#a b', '#\u00fc', '#`', '#%', '#a#b',
  '#<>"', '#\u0000x', '#\uDC00'];
const noise = [' ', '\t', '\n', '\r', '\\', '/', '%', '@', ':', '#', '?', '.',
  '[', ']', '\u0000', '\u001f', '\u007f', '\u00e9', '\uD800', '%2e', '%00',
  '..', '//', '\u00a0', '\uFEFF', '|', '^', '`'];

function absoluteInput() {
  let s = pick(schemes) + pick(afterScheme) + pick(credentials) + pick(hosts) +
    pick(ports) + pick(paths) + pick(queries) + pick(fragments);
  if (chance(30)) {
    const at = next() % (s.length + 1);
    s = s.slice(0, at) + pick(noise) + s.slice(at);
  }
  if (chance(10)) s = pick([' ', '\t', '\u0000', '\u001f']) + s;
  if (chance(10)) s += pick([' ', '\n', '\u0001']);
  return s;
}

const bases = ['http://user:pw@example.com:8080/a/b/c?q#f',
  'file:///C:/dir/file', 'file://host/share/x', 'file:///', 'sc://h/a/b',
  'sc:/a/b', 'sc:opaque', 'data:text/plain,x', 'https://\u00fc.com/',
  'http://[::1]/', 'about:blank', 'https://a/b/c/d;p?q', 'ws://w/',
  'sc://h', 'file:', 'http://a', 'file:///C:x/y', 'sc:', 'sc:a/b/c'];
const relatives = ['', '/x', 'x', '../x', '../../../x', './', '.', '..', '?q',
  '#f', '//h/p', '///x', 'http:x', 'http:/x', 'http://x', 'file:x', 'C:/x',
  'C|/x', '/C:/x', '\\\\h\\p', ' /x ', 'sc:x', 'g;x=1/../y', 'g?y/./x',
  '?', '#', 'https:', 'HTTP:x', '//', '\\x', 'a:b', '//@', '//[::1]:80/',
  '/..//x', 'x/./y/../z', '%2e%2e/x', 'file:///y', 'file:y', '\\\\?\\C:'];

function show(input, base) {
  let line;
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    line = JSON.stringify([u.href, u.origin, u.protocol, u.username,
      u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]);
  } catch (e) {
    line = `${e.name} ${e.code}`;
  }
  console.log(JSON.stringify(input) +
    (base === undefined ? '' : ' @ ' + JSON.stringify(base)) + ' -> ' + line);
}

let count = 0;
for (let i = 0; i < 4000; i++, count++) show(absoluteInput());
for (const base of bases) {
  for (const rel of relatives) { show(rel, base); count++; }
}
for (let i = 0; i < 1500; i++, count++) {
  const rel = chance(50) ? pick(relatives) + pick(paths) + pick(queries) :
    pick(paths) + pick(queries) + pick(fragments);
  show(rel, chance(20) ? absoluteInput() : pick(bases));
}
console.log(`${count} inputs`);
