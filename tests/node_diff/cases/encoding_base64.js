// atob() and btoa(): generated strings over the base64 alphabet, ASCII
// whitespace, '=', the base64url characters and invalid ones; what each
// returns (as code units) or throws (name, code, message, DOMException?).
'use strict';

let seed = 0xbadc0de;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const extras = ['=', '==', ' ', '\t', '\n', '\f', '\r', '\v', '-', '_', '.', '*', '\u00a0', '\u0100', '\u2028', '\ufeff', '\0'];

function show(fn) {
  try {
    return units(fn());
  } catch (error) {
    return `${error.name} ${error.code} ${error.message} ${error instanceof DOMException}`;
  }
}

let count = 0;
for (let i = 0; i < 4000; i++) {
  let s = '';
  const length = int(12);
  for (let j = 0; j < length; j++) s += random() < 0.8 ? alphabet[int(64)] : extras[int(extras.length)];
  if (random() < 0.3) s += random() < 0.5 ? '=' : '==';
  console.log(JSON.stringify(s), show(() => atob(s)));
  count++;
}
for (let i = 0; i < 1500; i++) {
  let s = '';
  const length = int(10);
  for (let j = 0; j < length; j++) {
    const r = random();
    s += String.fromCharCode(r < 0.6 ? int(256) : r < 0.8 ? int(128) : int(0x10000));
  }
  console.log('btoa', units(s), show(() => btoa(s)));
  count++;
}
for (const value of [undefined, null, 12, true, {}, [], ['YQ'], { toString() { return 'YWJj'; } }]) {
  console.log('atob', String(value), show(() => atob(value)), 'btoa', show(() => btoa(value)));
}
console.log(show(() => atob()), show(() => btoa()), show(() => atob(Symbol('s'))), show(() => btoa(Symbol('s'))));
console.log(atob.length, btoa.length, atob.name, btoa.name, typeof atob, typeof btoa);
// Round trips of every byte value.
const all = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
console.log(btoa(all), atob(btoa(all)) === all);
console.log('cases', count);
