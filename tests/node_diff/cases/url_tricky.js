// Hand-picked URL Standard corner cases (scheme, authority, hosts, IPv4,
// IPv6, ports, paths and dot segments, file URLs, opaque paths, queries,
// fragments, relative references): every component, URL.canParse,
// URL.parse, toJSON, and for failures the error's name, code, message,
// input and base.
'use strict';

const absolute = [
  // schemes
  'HTTP://EXAMPLE.COM', 'http:example.com', 'http:/example.com',
  'http:\\\\example.com', 'http:\\example.com/\\x', 'a1+-.:x', '1a:x', ':foo',
  '::', 'c:/x', 'C|/x', 'mailto:x@y', 'javascript:alert(1)', 'data:,x',
  'blob:http://a/uuid', 'blob:https://a:443/x', 'blob:ftp://a/', 'blob:blob:http://a',
  'blob:d3958f5c-0777-0845-9dcf-2cb28783acaf', '  http://a  ', '\u0000http://a\u001f',
  'ht\ttp://a', 'h\nttp://a\r/x', 'http\u0000://a', 'http ://a', 'ws:', 'wss://',
  'ftp://a:21/', 'foo://', 'foo:/', 'foo:', 'foo://:@/', 'web+demo:/.//not-a-host/',
  'non-spec:/.//p', 'non-spec:/..//p', 'non-spec:/a/..//p', 'sc:/.//',
  // authority
  'http://user:pass@host', 'http://@host', 'http://:@host', 'http://a:b@c:d@host',
  'http://user@/path', 'http://us er@h', 'http://%25@h', 'http://a@b@c',
  'http://user:pa:ss@h', 'http://:pass@h', 'http://user:@h', 'http://u\u00fc:p\u00df@h',
  'http://a/b@c', 'http://a?b@c', 'http://a#b@c', 'http://a\\b@c', 'sc://a\\b@c',
  'http://@', 'http://u@', 'http://u:p@:80', 'sc://@/', 'sc://u@', 'sc://:@h:80',
  'http://[::1]@h', "http://a'b@h", 'http://a"b@h', 'http://a%zzb@h',
  // IPv4
  'http://0x7f.0.0.1', 'http://127.1', 'http://127.0.1', 'http://0177.1',
  'http://4294967295', 'http://4294967296', 'http://0x100000000',
  'http://0xffffffff', 'http://1.2.3.4.5', 'http://1.2.3.09', 'http://09.1',
  'http://foo.09', 'http://foo.0x', 'http://foo.0x4', 'http://0x.0x',
  'http://0x', 'http://0X', 'http://1.2.3.4.', 'http://1.2.3.4..',
  'http://%30%78%37%66.1', 'http://\uff11\uff12\uff17.\uff10.\uff10.\uff11',
  'http://256.256.256.256', 'http://255.255.255.255', 'http://1.256',
  'http://1.16777216', 'http://1.16777215', 'http://1.2.65536', 'http://1.2.65535',
  'http://0', 'http://00', 'http://0..0', 'http://.0', 'http://0.', 'http://1e1',
  'http://08', 'http://0x1g', 'http://999999999999999999999',
  'http://0x0000000000000000000000000007f.1', 'sc://1.2.3', 'file://1.2.3/x',
  // IPv6
  'http://[::]', 'http://[0::0:0]', 'http://[1:2:3:4:5:6:7::]',
  'http://[::1:2:3:4:5:6:7]', 'http://[1:2:3:4:5:6:1.2.3.4]',
  'http://[1:2:3:4:5:6:7:1.2.3.4]', 'http://[::1.2.3.4x]', 'http://[:1]',
  'http://[1:]', 'http://[1::2:]', 'http://[1:::2]', 'http://[::1::]',
  'http://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]',
  'http://[0:0:0:0:0:FFFF:129.144.52.38]', 'http://[::ffff:0:0]',
  'http://[1:0:0:2:0:0:0:3]', 'http://[1:0:2:0:0:3:0:0]',
  'http://[0:1:0:1:0:1:0:1]', 'http://[1:0:0:0:0:0:0:0]', 'http://[0:0:0:0:0:0:0:1]',
  'http://[00000::1]', 'http://[0000:0000::1]', 'http://[::1.2.3.]',
  'http://[::1.2..3]', 'http://[::01.2.3.4]', 'http://[::1.2.3.256]',
  'http://[::1.2.3.4.5]', 'http://[1:2:3:4:5:6:7:8:9]', 'http://[1:2:3:4:5:6:7]',
  'http://[::1]:80', 'http://[::1]:', 'http://[::1]x', 'http://[::1', 'http://::1]',
  'http://[::1%25eth0]', 'http://[ ::1]', 'http://[v1.x]', 'sc://[::1]',
  'sc://[x]', 'sc://[::1]:99/p', 'file://[::1]/x', 'http://[::127.0.0.1]',
  'http://[0::ffff:127.0.0.1]', 'http://[a:b:c:d:e:f:1.2.3.4]',
  // domains
  'sc://a b', 'sc://a%b', 'sc://\u00fc', 'sc://%', 'sc://a<b', 'sc://a^b',
  'sc://a|b', 'sc://a\u0000b', 'sc://\u007f', 'sc://a.B.c', 'http://a.b.c.',
  'http://.', 'http://..', 'http://ex%61mple.com', 'http://%65x.com/',
  'http://a%2Fb', 'http://a%41', 'http://a%zz', 'http://\u00ad', 'http://a\u00adb',
  'http://xn--', 'http://xn--ls8h', 'http://\u2603.net', 'http://\uff27\uff2f.com',
  'http://www.foo\u3002bar.com', 'http://\ufdd0zyx.com',
  'http://%ef%bc%85%ef%bc%94%ef%bc%91.com', 'http://fa\u00df.ExAmPlE/',
  'http://-x.com', 'http://x-.com', 'http://a_b.com', 'http://a~b', 'http://a!b',
  'http://a$b', "http://a'b", 'http://a*b', 'http://a+b', 'http://a,b', 'http://a;b',
  'http://a=b', 'http://a&b', 'http://a(b)', 'http://a"b', 'http://a{b}',
  'http://a`b', 'http://a<b', 'http://a>b', 'http://a^b', 'http://a|b',
  'http://a%00b', 'http://a%7fb', 'http://a%20b', 'http://a%25b', 'http://\u0661.com',
  'http://ab--c.com', 'http://xn--ab--c.com', 'http://XN--ZCA.com',
  'http://xn--zca.xn--zca', 'http://b\u00fccher.de', 'http://\u00c0.com',
  'http://\u212a.com', 'http://\u0131.com', 'http://\u0130.com', 'http://\u03c2.com',
  'http://\u200c.com', 'http://\u200d.com', 'http://\u0915\u094d\u200d.com',
  'http://\u05d0.com', 'http://\u05d0\u05d1.\u05d2', 'http://a\u0300.com',
  'http://\u0300a.com', 'http://\ud83d\ude00.com', 'http://\ud800.com',
  'http://\ufffd.com', 'http://a.\u00df', 'http://localhost', 'http://LocalHost.',
  'http://' + 'a'.repeat(64) + '.com', 'http://' + 'a.'.repeat(130) + 'com',
  // ports
  'http://a:80', 'http://a:0080', 'https://a:443', 'https://a:80', 'ftp://a:21',
  'ws://a:80', 'wss://a:443', 'ws://a:443', 'http://a:65535', 'http://a:65536',
  'http://a:-1', 'http://a:1a', 'http://a: 1', 'http://a:1 ', 'sc://a:80',
  'http://a:', 'http://a:/', 'http://a:?x', 'http://a:#x', 'file://a:80/x',
  'http://a:000000000000000000080', 'http://a:99999999999999999999',
  'sc://:80', 'sc://a:\t8\n0', 'http://a:0', 'http://a:1.2',
  // paths
  'http://a/./b', 'http://a/b/.', 'http://a/b/..', 'http://a/b/../../..',
  'http://a/%2e%2e/b', 'http://a/b/%2e/c', 'http://a/..%2f', 'http://a/%2e%2E',
  'http://a/.%2E/', 'http://a/%2e./', 'http://a/b/.../c', 'http://a/\\b\\c',
  'sc://a/\\b', 'sc://a/b/../../c', 'sc://a/..', 'sc://a/.', 'sc:/..', 'sc:/.//x',
  'http://a/b;p?q', 'http://a/\u00fc', 'http://a/%C3%BC', 'http://a/%zz',
  'http://a/a b', 'http://a/a"b', 'http://a/{}', 'http://a/[]', 'http://a/|',
  'http://a/^', 'http://a/`', 'http://a/<>', 'http://a/\u0000\u001f\u007f',
  'http://a/\ud800', 'http://a/\udfff\ud800', 'http://a//', 'http://a///b//',
  'http://a/b/.hidden', 'http://a/.b/../c', 'http://a/a/.b/../c', 'http://a/x/./.b/../c',
  'http://a/%2e%2e%2f', 'http://a/a/../%2e/b', 'http://a/\u2044..', 'sc://a/.b/../c',
  // file
  'file:', 'file:/', 'file://', 'file:///', 'file:////', 'file://///x',
  'file://localhost/x', 'file://LOCALHOST/x', 'file://localhost:80/x',
  'file://host/x', 'file://host', 'file:c:', 'file:///c:/../..', 'file:/c|/x',
  'file:c|x', 'file:\\\\server\\share', 'file://\u00fc/x', 'file:?q', 'file:#f',
  'file:..', 'file:///C:/a/../..', 'file://C:/x', 'file:///./C:/x',
  'file:///C:/x/../../..', 'file://C|/x', 'file:/C:/', 'file:C', 'file:/C',
  'file://host/C:/x/..', 'file:///a:bc/..', 'file:///ab:/..', 'file://%41/x',
  'file://a%2fb/x', 'file://a b/x', 'file:///%2e%2e/x', 'file:///x?q#f',
  'file://xn--zca/', 'file:///\u00fc', 'FILE:///X', 'file:\\\\?\\C:\\x',
  // opaque paths
  'sc:a b', 'sc: a ', 'sc:\u0000', 'sc:?x', 'sc:#x', 'javascript:alert("x")',
  'mailto:\u00dc@b', 'sc:\\x', 'data:text/html,<b>', 'sc:a b ?q', 'sc:a b #f',
  'sc:%zz', 'sc:\ud800', 'sc:a\tb', 'about:blank', 'about:', 'sc:/', 'sc:a/b',
  // queries and fragments
  "http://a/?a'b", "sc://a/?a'b", 'http://a/?#', 'http://a/?\u00fc',
  'http://a/? "#<>', 'http://a/?%', 'http://a/??', 'http://a/?a=b&c=d',
  'http://a/?\u0000\u007f', "file:///?'", 'http://a/#`', 'http://a/# ',
  'http://a/##', 'http://a/#\u00fc', 'http://a/#\u0000', 'http://a/#<>"{}',
  'http://a/#%zz', 'http://a/#\ud800', 'http://a/?q#', 'http://a#', 'http://a?',
];

const relative = [
  // RFC 3986 section 5.4 against http://a/b/c/d;p?q
  ...['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
    ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..',
    '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.',
    '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
    'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g',
    'http:', 'https:', 'HTTP:g', '\\g', '\\\\g', '//', '///g', '////g',
    ' g ', '\tg', 'g\n', 'g%20h', 'g h', '%2e%2e/g', '.%2e/g', 'g/.b/../c']
    .map((r) => [r, 'http://a/b/c/d;p?q']),
  ...['x', '/x', '../x', '//h/x', '?q', '#f', '', 'C:', 'C:/x', '/C:', 'C|',
    'c|/x', '..', '../..', '\\\\h\\p', '//localhost/x', '///x', 'file:x',
    'file:/x', 'file:', '..\\..\\x', '?', '#', 'D:/../x', '/..']
    .map((r) => [r, 'file:///C:/dir/file']),
  ...['x', '/x', '..', '//h2/x', 'C:', '?q', '']
    .map((r) => [r, 'file://host/share/file']),
  ...['x', '/x', '../x', '//h/x', '?q', '#f', '', '..', '.', '../../..', '\\x', 'sc:x']
    .map((r) => [r, 'sc://h/a/b']),
  ...['x', '/x', '..', '?q', '#f', '', '//h']
    .map((r) => [r, 'sc:/a/b']),
  ...['x', '#f', '?q', '', '/x', 'x#f', '?q#f', '../x#', 'sc:y']
    .map((r) => [r, 'sc:opaque?q']),
  ...['#f', 'x', '']
    .map((r) => [r, 'data:text/plain,x']),
  ...['x', '//h', 'sc:x', 'http:x', 'http:/x']
    .map((r) => [r, 'https://u:p@h:99/p?q#f']),
  ['x', 'not a url'], ['x', ''], ['http://a', 'invalid'], ['', 'about:blank'],
  ['\u00fc', 'http://\u00fc.com/\u00fc?\u00fc#\u00fc'], ['a', 'http://[::1]:8080/b/'],
];

function line(u) {
  return JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password,
    u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.toJSON(),
    String(u)]);
}

function run(input, base) {
  const label = JSON.stringify(input) + (base === undefined ? '' : ' @ ' + JSON.stringify(base));
  let out;
  try {
    out = line(base === undefined ? new URL(input) : new URL(input, base));
  } catch (e) {
    out = `${e.name}: ${e.message} ${e.code} ${JSON.stringify(e.input)} ` +
      `${JSON.stringify(e.base)} ${'base' in e}`;
  }
  const can = base === undefined ? URL.canParse(input) : URL.canParse(input, base);
  const parsed = base === undefined ? URL.parse(input) : URL.parse(input, base);
  console.log(`${label} -> ${out} ${can} ${parsed === null ? null : parsed.href}`);
}

for (const input of absolute) run(input);
for (const [input, base] of relative) run(input, base);
console.log(`${absolute.length + relative.length} inputs`);
