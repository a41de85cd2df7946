// Generated hosts (seeded): domains from many scripts (with mapped,
// ignored, disallowed and joiner code points, Bidi labels, percent-encoded
// bytes, punycode labels), IPv4 in every radix and part count, IPv6 with
// compression and embedded IPv4, each parsed as a special host (http:),
// an opaque host (sc:) and through the host and hostname setters.
'use strict';

let s0 = 0x1234567, s1 = 0x89abcdef, s2 = 0xdeadbeef, s3 = 0x0badf00d;
function next() {
  const t = s0 ^ (s0 << 11);
  s0 = s1; s1 = s2; s2 = s3;
  s3 = (s3 ^ (s3 >>> 19) ^ t ^ (t >>> 8)) >>> 0;
  return s3;
}
const pick = (list) => list[next() % list.length];
const chance = (percent) => next() % 100 < percent;

// RFC 3492 Punycode encoder (for generating "xn--" labels).
function punycode(input) {
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  let out = cps.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = 128, delta = 0, bias = 72;
  const digit = (d) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);
  const adapt = (d, count, first) => {
    d = first ? Math.floor(d / 700) : d >> 1;
    d += Math.floor(d / count);
    let k = 0;
    while (d > 455) { d = Math.floor(d / 35); k += 36; }
    return k + Math.floor(36 * d / (d + 38));
  };
  while (handled < cps.length) {
    let m = Infinity;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = 36; ; k += 36) {
          const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
          if (q < t) break;
          out += digit(t + (q - t) % (36 - t));
          q = Math.floor((q - t) / (36 - t));
        }
        out += digit(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

const pools = [
  'abcdefghijklmnopqrstuvwxyz', 'ABCXYZ', '0123456789', '--', '_~!$*+=,;&\'()',
  '\u00e0\u00e9\u00fc\u00df\u00f8\u00c5\u00c7\u00f1\u0131\u0130',
  '\u03b1\u03b2\u03a3\u03c2', '\u0434\u0416\u0451', '\u05d0\u05d1\u05ea\u05b0',
  '\u0627\u0628\u062a\u0661\u06f1\u064b', '\u65e5\u672c\u4e2d',
  '\u0300\u0301\u0327', '\u200c\u200d', '\u0915\u094d', '\uff21\uff11',
  '\u00ad\u200b\ufe0f', '\ufb01\u2460\u338f\u210c', '\u{1F600}\u2764',
  '\u0378\ufffd\u2028\ue000', '\u00a0\u3000',
];
const percentBits = ['%41', '%C3%A4', '%zz', '%00', '%2e', '%E2%80%8D', '%FF', '%'];
const separators = ['.', '.', '.', '\u3002', '\uff0e', '\uff61'];

function label() {
  if (chance(12)) {
    let inner = '';
    const len = 1 + next() % 5;
    for (let i = 0; i < len; i++) inner += pick(pick(pools.slice(5, 13)));
    return (chance(20) ? 'XN--' : 'xn--') + punycode(inner.normalize('NFC'));
  }
  if (chance(4)) return 'xn--' + pick(['', 'a', 'zz', 'abc-', '-', '99', 'a-b-']);
  let out = '';
  const len = next() % 7;
  for (let i = 0; i < len; i++) {
    out += chance(5) ? pick(percentBits) : [...pick(pools)][next() % [...pick(pools)].length] ?? '';
  }
  return out;
}

function domain() {
  const count = 1 + next() % 3;
  let out = label();
  for (let i = 1; i < count; i++) out += pick(separators) + label();
  if (chance(5)) out += '.';
  return out;
}

function ipv4() {
  const parts = 1 + next() % 5;
  const out = [];
  for (let i = 0; i < parts; i++) {
    const n = chance(10) ? next() : next() % 300;
    switch (next() % 4) {
      case 0: out.push(String(n)); break;
      case 1: out.push('0x' + n.toString(16)); break;
      case 2: out.push('0' + n.toString(8)); break;
      default: out.push(pick(['0', '00', '0x', '0X1F', '09', '0xg', '', '1e2']));
    }
  }
  return out.join('.') + (chance(10) ? '.' : '');
}

function ipv6() {
  const pieces = [];
  const count = 1 + next() % 9;
  for (let i = 0; i < count; i++) {
    pieces.push(chance(30) ? '0' : (next() % 0x10000).toString(16));
  }
  if (chance(40)) pieces.splice(next() % (pieces.length + 1), 0, '');
  let out = pieces.join(':');
  if (chance(30)) out = out.replace(/^$|^:|:$/, '::');
  if (chance(15)) out += ':' + [next() % 256, next() % 256, next() % 300, next() % 256].join('.');
  if (chance(10)) out = out.toUpperCase();
  if (chance(5)) out += pick(['%eth0', ']', '[', ' ', '::', ':::', 'g']);
  return `[${out}]`;
}

function host() {
  const r = next() % 10;
  if (r < 6) return domain();
  if (r < 8) return ipv4();
  return ipv6();
}

function show(label, f) {
  let out;
  try { out = JSON.stringify(f()); } catch (e) { out = `${e.name} ${e.code}`; }
  console.log(label + ' ' + out);
}

let count = 0;
for (let i = 0; i < 3000; i++) {
  const h = host();
  const key = JSON.stringify(h);
  show(key + ' http', () => new URL(`http://${h}/`).host);
  show(key + ' sc', () => new URL(`sc://${h}/`).host);
  show(key + ' wss', () => new URL(`wss://u:p@${h}:8080/p`).href);
  show(key + ' host=', () => {
    const u = new URL('http://example.com:99/');
    u.host = h;
    return u.href;
  });
  show(key + ' hostname=', () => {
    const u = new URL('sc://example.com/');
    u.hostname = h;
    return u.href;
  });
  count += 5;
}
console.log(`${count} hosts`);
