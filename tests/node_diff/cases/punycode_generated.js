// node:punycode over 3,000 generated labels and domains (seeded PRNG):
// encode/decode/toASCII/toUnicode round trips and errors, vs Node.
const punycode = require('punycode');
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pools = [[0x61, 0x7a], [0x30, 0x39], [0xe0, 0xff], [0x3b1, 0x3c9], [0x4e00, 0x4e80], [0x1f600, 0x1f640], [0x2d, 0x2d], [0x41, 0x5a]];
function word() {
  let s = '';
  const len = 1 + rand(12);
  for (let i = 0; i < len; i++) {
    const [lo, hi] = pools[rand(pools.length)];
    s += String.fromCodePoint(lo + rand(hi - lo + 1));
  }
  return s;
}
const lines = [];
for (let i = 0; i < 3000; i++) {
  const label = word();
  const domain = `${word()}.${word()}${rand(3) === 0 ? '@' + word() : ''}`;
  let out;
  try {
    const e = punycode.encode(label);
    out = [e, punycode.decode(e) === label, punycode.toASCII(domain), punycode.toUnicode(punycode.toASCII(domain)) === domain];
  } catch (err) { out = ['throws', err.name, err.message]; }
  lines.push(JSON.stringify(out));
}
for (const bad of ['a-', '-', 'zz-zz9', '999999999999', 'ab-cd-ü', '\u0080-a']) {
  try { lines.push(JSON.stringify(punycode.decode(bad))); } catch (err) { lines.push(`${bad}: ${err.name} ${err.message}`); }
}
console.log(lines.join('\n'));
