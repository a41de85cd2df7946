// URLs through packages: parseurl (legacy require('url').parse and Url),
// whatwg-url (the reference implementation, pure JS, with tr46 and the
// npm punycode) against the global URL, punycode (npm, via 'punycode/'),
// and aws4 request signing (require('url'), require('querystring'),
// require('crypto') HMAC-SHA256) with a fixed date.
'use strict';
const parseurl = require('parseurl');
const whatwg = require('whatwg-url');
const punycode = require('punycode/');
const aws4 = require('aws4');
const urlModule = require('url');
const req = { url: '/path/to%20x;p?a=1&b=%20#frag', originalUrl: '/orig?x=y' };
const parsed = parseurl(req);
console.log(parsed.pathname, parsed.search, parsed.query, parsed.hash, parsed.href, parseurl(req) === parsed, parseurl.original(req).pathname);
console.log(parsed instanceof urlModule.Url, JSON.stringify(urlModule.parse('http://u:p@Host.COM:8080/a/../b?q=1#h', true)));
const inputs = ['https://EXAMPLE.com:443/a/./b/../c?x=1#y', 'http://xn--nxasmq6b.com/', 'https://mañana.com/ü?q=ü', 'http://[::1]:80/',
  'file:///C:/x/../y', 'http://1.2.3.4.5/', 'http://0x7f.1/', 'mailto:A@B.c', 'http://a b/', 'https://faß.de/', 'http://%41.com/',
  'blob:https://a.b/uuid', 'javascript:alert(1)', 'http://user:pa%20ss@h/', 'non-special://host/p?q#f', '\t http://x.y/\n'];
for (const input of inputs) {
  const ours = whatwg.parseURL(input);
  let native;
  try { native = new URL(input).href; } catch (e) { native = `throws ${e.code}`; }
  console.log(JSON.stringify(input), ours ? whatwg.serializeURL(ours) : 'failure', native);
}
const u = new whatwg.URL('https://a.b/p?x=1&y=2');
u.searchParams.append('z', 'é &');
u.hash = 'h';
console.log(u.href, u.origin, [...u.searchParams.keys()].join(','), String(new whatwg.URLSearchParams({ a: '1 2', b: '~' })));
for (const d of ['mañana.com', 'bücher.de', '例え.テスト', 'xn--bcher-kva.de', '☃-⌘.com', 'ABC.com']) {
  console.log(d, punycode.toASCII(d), punycode.toUnicode(punycode.toASCII(d)));
}
console.log(punycode.encode('ü'), punycode.decode('tda'), punycode.ucs2.decode('𝌆a').join(','), punycode.ucs2.encode([0x1d306, 97]), punycode.version);
const signed = aws4.sign({
  host: 'examplebucket.s3.amazonaws.com', path: '/test.txt?b=2&a=1', service: 's3', region: 'us-east-1',
  headers: { 'X-Amz-Date': '20130524T000000Z', Range: 'bytes=0-9' },
}, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
console.log(JSON.stringify(signed.headers));
const signer = new aws4.RequestSigner({ service: 'sqs', region: 'eu-west-1', method: 'POST', path: '/?Action=List&Version=2012', body: 'x=1', headers: { 'X-Amz-Date': '20150830T123600Z' } },
  { accessKeyId: 'AKID', secretAccessKey: 'SECRET' });
console.log(signer.canonicalString().split('\n').join(' | '));
console.log(signer.stringToSign().split('\n').join(' | '), signer.signature());
const presigned = aws4.sign({ host: 'b.s3.amazonaws.com', path: '/k?X-Amz-Date=20200101T000000Z', signQuery: true }, { accessKeyId: 'A', secretAccessKey: 'S' });
console.log(presigned.path);
