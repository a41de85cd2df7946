// node:url beyond the WHATWG classes: the legacy url.parse (with and
// without parseQueryString and slashesDenoteHost), Url#format and
// url.format (legacy objects, strings, URL objects with options),
// url.resolve/resolveObject, domainToASCII/domainToUnicode,
// fileURLToPath/pathToFileURL (absolute paths only: the working directory
// differs between the runs) and urlToHttpOptions; hand-picked and
// generated inputs.
'use strict';
const url = require('node:url');

let s0 = 0x6a09e667, s1 = 0xbb67ae85, s2 = 0x3c6ef372, s3 = 0xa54ff53a;
function next() {
  const t = s0 ^ (s0 << 11);
  s0 = s1; s1 = s2; s2 = s3;
  s3 = (s3 ^ (s3 >>> 19) ^ t ^ (t >>> 8)) >>> 0;
  return s3;
}
const pick = (list) => list[next() % list.length];
const chance = (percent) => next() % 100 < percent;

function show(label, f) {
  let out;
  try {
    const r = f();
    out = r instanceof URL ? `URL ${r.href}` : JSON.stringify(r);
  } catch (e) {
    out = `${e.name} ${e.code} ${e.message}`;
  }
  console.log(`${label} -> ${out}`);
}

let count = 0;

// ---- url.parse --------------------------------------------------------------
const handPicked = [
  'http://user:pw@Example.COM:8080/p/a/t/h?query=string#hash', '/p?q', '//h/p',
  'h/p', 'mailto:a@b', 'mailto:a@b?subject=x', 'javascript:alert(1)',
  'JavaScript://x/y', 'http://a b/', 'http://a!b/', 'http://a:b/', 'http://a:80:90/',
  'http://[::1]:80/x', 'http://[::1%zz]/', 'http://[a b]/', 'http://[x/',
  'http://fa\u00df.de/x', 'http://xn--a/', 'http://a\u00adb/', 'http://\u00ad/',
  'http://A\uff0fb/', 'http://1.2.3/', 'http://0x7f.1/', 'http://a..b/',
  '  http://trim.me/  \n', '\thttp://a\\b\\c?d\\e#f\\g', 'http:\\\\a\\b',
  'http://a@b@c/d', 'http://a%40b@c', 'http://a%zz@c', 'http://user:p:w@h',
  'http://a/b@c', 'http://a?b@c', 'http://a#b@c', 'http://@h', 'http://:@h',
  'HTTP://X.COM', 'HTTP:x', 'x:y', 'x://y', 'a:', ':b', 'http://', 'http:///x',
  'http://h?x', 'http://h#x', 'http://h/?', 'http://h/#', 'http://h/p#a#b',
  'http://h/p?a?b', "http://h/'\"<>`{}|^\\ ~", 'http://h/\u00fc?\u00fc#\u00fc',
  'http://' + 'a'.repeat(256) + '/', 'file:///C:/x', 'file://host/x', 'file:x',
  'ws://h:0/', 'gopher://h/', 'sc://h:99/p', '?a=1&a=2&b', '#frag', '',
  ' ', 'http://a\x01b/', 'http://a\x7fb/', 'http://a_b/', 'http://\u05d0a/',
  'http://a\u200db/', 'http://xn--abc-/', 'http://xn--ZCA/', 'http://x.com:/p',
  'http://x.com:abc/p', 'http://x.com:99999/p', '//user@host', 'user@host',
  '//a:b@c:9/d', 'http://h/%zz', 'http://h/a%2Fb', 'http://h/a b?c d#e f',
];
for (const input of handPicked) {
  show(`parse ${JSON.stringify(input)}`, () => url.parse(input));
  show(`parse ${JSON.stringify(input)} true`, () => url.parse(input, true));
  show(`parse ${JSON.stringify(input)} false true`, () => url.parse(input, false, true));
  count += 3;
}
show('parse 5', () => url.parse(5));
show('parse Url', () => { const u = url.parse('http://x/'); return url.parse(u) === u; });
show('parse query proto', () => Object.getPrototypeOf(url.parse('/?a=1', true).query));
show('Url fields', () => Object.keys(new url.Url()));
show('Url prototype', () => Object.keys(url.Url.prototype));
show('Url instance', () => url.parse('http://x/') instanceof url.Url);

const schemes = ['http:', 'https:', 'HTTP:', 'ftp:', 'file:', 'mailto:', 'javascript:',
  'sc:', 'x+y:', '', '', 'ws:', 'gopher:'];
const slashes = ['//', '//', '', '/', '\\\\', '///', '\\/'];
const auths = ['', '', 'u@', 'u:p@', 'a@b@', 'u%40:p%3a@', '@', ':@', '\u00fc@'];
const hosts = ['h', 'Example.COM', 'a.b.c', '1.2.3.4', '[::1]', '[1:2::3]', 'x_y',
  'a b', 'a!b', '\u00fc.de', 'xn--zca', '', 'h:80', 'h:', 'h:8a', 'h:80:90', 'a%b',
  'a\\b', '\u65e5\u672c', 'a*b', '-h-'];
const rests = ['', '/', '/p', '/a/./b/../c', '/p?q=1', '/p?q=1&q=2#h', '?q', '#h',
  '/a b', "/'", '/\u00fc', '/p?a=%zz', '/p#x#y', '/?', '/p;x', '/%41', '\\x'];
for (let i = 0; i < 1500; i++) {
  let input = pick(schemes) + pick(slashes) + pick(auths) + pick(hosts) + pick(rests);
  if (chance(15)) input = pick([' ', '\t', '\n']) + input;
  if (chance(10)) input += pick([' ', '\n', '\u00a0']);
  const parseQuery = chance(30);
  const slashesDenote = chance(30);
  show(`gen ${JSON.stringify(input)} ${parseQuery} ${slashesDenote}`,
    () => url.parse(input, parseQuery, slashesDenote));
  count++;
}

// ---- url.format -------------------------------------------------------------
const objects = [
  { protocol: 'http', host: 'a.com', pathname: 'x', query: { a: [1, 2], b: 'c d' } },
  { protocol: 'http:', hostname: 'h', port: 8080, pathname: '/p', search: '?s', hash: 'h' },
  { protocol: 'mailto', auth: 'a@b:c', hostname: 'h', port: 8 },
  { protocol: 'file', pathname: '/x' }, { protocol: 'file' }, { hostname: '::1', port: 80 },
  { protocol: 'x:', slashes: true, host: 'h', pathname: 'p' }, { query: 'a=1' },
  { query: { a: 1 }, search: '' }, { pathname: 'a?b#c', search: 'q#r', hash: '#h' },
  { protocol: 'https', hostname: '[::1]' }, { auth: 'us er:p\u00e4ss', host: 'h' },
  { protocol: 'ftp', host: 'h', pathname: '' }, {}, { href: 'http://ignored/' },
  { protocol: 'http', host: 'h', query: { '': '', 'x y': true, z: null, n: NaN, u: undefined } },
];
for (const object of objects) {
  show(`format ${JSON.stringify(object)}`, () => url.format(object));
  count++;
}
for (const input of handPicked.slice(0, 40)) {
  show(`format string ${JSON.stringify(input)}`, () => url.format(input));
  count++;
}
show('format 5', () => url.format(5));
show('format null', () => url.format(null));
const whatwg = new URL('https://u:p@xn--fa-hia.de:8080/p?q#h');
for (const options of [undefined, {}, { fragment: false }, { search: false }, { auth: false },
  { unicode: true }, { fragment: 0, search: '', auth: null, unicode: 1 }, 5, [], null, 'x']) {
  show(`format URL ${JSON.stringify(options)}`, () => url.format(whatwg, options));
  count++;
}
for (const input of ['http://[::1]/', 'file:///x', 'sc://xn--zca/', 'http://1.2.3.4/',
  'http://xn--nxa.xn--zca.com/', 'http://xn--abc-.com/']) {
  show(`format unicode ${input}`, () => url.format(new URL(input), { unicode: true }));
  count++;
}
show('Url#format', () => url.parse('http://a/b?c#d').format());

// ---- url.resolve / resolveObject --------------------------------------------
const bases = ['http://a/b/c/d;p?q', 'http://example.com/', 'http://example.com',
  'http://u:p@h:9/a/b/', 'mailto:local@domain', 'mailto:local', 'file:///a/b/c',
  'file://host/a', '/rel/path', 'rel/path', '', 'x:', 'https://h/a/b?c#d',
  '//host/path', 'javascript:void(0)', 'http://h/a/', 'sc://h/a/b'];
const relatives = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
  'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../',
  '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
  './g/.', 'g/./h', 'g/../h', 'http:g', 'http:', 'https://x/y', 'mailto:a@b',
  'local2@domain2', 'file:z', 'file:///z', '//u@h/p', 'x:y', '/', '//', 'a/b/../..',
  'javascript:x', '?', '#', '..//x', 'ftp:', 'HTTP://X'];
for (const base of bases) {
  for (const rel of relatives) {
    show(`resolve ${JSON.stringify(base)} ${JSON.stringify(rel)}`, () => url.resolve(base, rel));
    count++;
  }
}
for (let i = 0; i < 300; i++) {
  const base = pick(bases);
  const rel = pick(relatives) + (chance(50) ? pick(rests) : '');
  show(`resolveObject ${JSON.stringify(base)} ${JSON.stringify(rel)}`,
    () => url.resolveObject(base, rel));
  count++;
}
show('resolveObject empty source', () => url.resolveObject('', 'x'));
show('Url#resolveObject', () => url.parse('http://a/b').resolveObject(url.parse('c', false, true)));

// ---- domainToASCII / domainToUnicode ----------------------------------------
const domains = ['a/b', 'a:b', 'a?b', 'A.COM', '1.2.3', '', '[::1]', 'xn--zca', 'fa\u00df.de',
  'a#b', 'a\\b', 'a b', '%41', '\t', '0x7f.1', '\u00fc.com', 'xn--a', '\u05d0.com',
  '\ud83d\ude00', 'a..b', 'xn--fa-hia.xn--zca', '[1:0::]', 'a%2Fb', '\u3002', 5, null];
for (const domain of domains) {
  show(`domainToASCII ${JSON.stringify(domain)}`, () => url.domainToASCII(domain));
  show(`domainToUnicode ${JSON.stringify(domain)}`, () => url.domainToUnicode(domain));
  count += 2;
}
show('domainToASCII()', () => url.domainToASCII());
show('domainToUnicode()', () => url.domainToUnicode());

// ---- fileURLToPath / pathToFileURL ------------------------------------------
const fileURLs = ['file:///a/b', 'file:///a%20b', 'file:///a%2fb', 'file:///a%2Fb',
  'file://host/a', 'file://localhost/a', 'http://x/', 'file:///%E2%82%AC', 'file:///%FF',
  'file:///C:/x', 'file:///a%5Cb', 'file:///a%00b', 'not a url', 'file:', 'file:///',
  'file:///a/../b', 'file://xn--zca/x', 'file:///c|/x'];
for (const input of fileURLs) {
  show(`fileURLToPath ${JSON.stringify(input)}`, () => url.fileURLToPath(input));
  show(`fileURLToPath win ${JSON.stringify(input)}`,
    () => url.fileURLToPath(input, { windows: true }));
  show(`fileURLToPath URL ${JSON.stringify(input)}`, () => url.fileURLToPath(new URL(input)));
  count += 3;
}
show('fileURLToPath like', () => url.fileURLToPath({ href: 'file:///y', protocol: 'file:',
  hostname: '', pathname: '/y%20z' }));
show('fileURLToPath 5', () => url.fileURLToPath(5));
show('fileURLToPath {}', () => url.fileURLToPath({}));
show('fileURLToPath()', () => url.fileURLToPath());
const paths = ['/a/b', '/a b/c', '/a%b', '/a\\b', '/a\nb\rc\td', '/a?b#c', '/\u00e9/\ud83d\ude00',
  '/', '//x', '/a/', '/a/../b/.', '/a//b//', '/\u0000', '/a\u0001', '/%2f', '/a:b', '/[x]',
  "/~!$&'()*+,;=@", '/\ud800', '/a|b^`{}', '/a ', '/ a', '/a\u00a0', '/a/.b/../c'];
for (const path of paths) {
  show(`pathToFileURL ${JSON.stringify(path)}`, () => url.pathToFileURL(path).href);
  count++;
}
let all = '/';
for (let c = 1; c < 128; c++) if (c !== 0x2f) all += String.fromCharCode(c);
show('pathToFileURL ASCII', () => url.pathToFileURL(all + 'z').href);
for (const path of ['C:\\a\\b', '\\\\server\\share\\x', 'C:/x y', '\\\\?\\C:\\x',
  '\\\\server', '\\\\', 'C:\\a\\..\\b\\', '\\\\s\u00fcrv\\sh are\\x']) {
  show(`pathToFileURL win ${JSON.stringify(path)}`,
    () => url.pathToFileURL(path, { windows: true }).href);
  count++;
}
show('pathToFileURL 5', () => url.pathToFileURL(5));
show('pathToFileURL()', () => url.pathToFileURL());
show('round trip', () => paths.map((p) => url.fileURLToPath(url.pathToFileURL(p))));

// ---- urlToHttpOptions -------------------------------------------------------
const withExtra = new URL('https://a:b%20c@[::1]:8080/p?q=1#h');
withExtra.extra = 1;
for (const input of [withExtra, new URL('http://h/'), new URL('http://u@h:80/'),
  { hostname: '[x]', pathname: '/p', port: '', search: '', protocol: 'x:', href: 'y',
    username: 'u', password: '', z: 5 },
  { hostname: '', port: '0x10', username: '', password: 'p' }, 'str']) {
  show('urlToHttpOptions', () => url.urlToHttpOptions(input));
  count++;
}
show('urlToHttpOptions null', () => url.urlToHttpOptions(null));
show('urlToHttpOptions proto', () =>
  Object.getPrototypeOf(url.urlToHttpOptions(new URL('http://h/'))));

// ---- the module ---------------------------------------------------------------
show('keys', () => Object.keys(url));
show('names', () => Object.keys(url).map((k) => `${url[k].name}/${url[k].length}`));
show('same classes', () => url.URL === URL && url.URLSearchParams === URLSearchParams);
show('require("url")', () => require('url') === url);
console.log(`${count} inputs`);
