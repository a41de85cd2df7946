// TextDecoder / TextEncoder API surface as Node 20 has it: every label of
// the Encoding standard (and near misses), option and input checks with
// their order of property reads, errors (name, code, message), brand
// checks, property descriptors, console.log output, BOM handling across
// chunks, and Node's latin1 fast path.
'use strict';

const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === 'string' ? JSON.stringify(units(value)) : value);
  } catch (error) {
    console.log(label, error.name, error.code, error.message, String(error) === `${error.name} [${error.code}]: ${error.message}`);
  }
}

const labels = {
  'utf-8': 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8',
  'ibm866': '866 cp866 csibm866 ibm866',
  'iso-8859-2': 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2',
  'iso-8859-6': 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
  'iso-8859-8-i': 'csiso88598i iso-8859-8-i logical',
  'iso-8859-16': 'iso-8859-16',
  'windows-874': 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874',
  'windows-1252': 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
  'windows-1254': 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254',
  'x-mac-cyrillic': 'x-mac-cyrillic x-mac-ukrainian',
  'gbk': 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk',
  'gb18030': 'gb18030',
  'big5': 'big5 big5-hkscs cn-big5 csbig5 x-x-big5',
  'euc-jp': 'cseucpkdfmtjapanese euc-jp x-euc-jp',
  'iso-2022-jp': 'csiso2022jp iso-2022-jp',
  'shift_jis': 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis',
  'euc-kr': 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949',
  'replacement': 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement',
  'utf-16be': 'unicodefffe utf-16be',
  'utf-16le': 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le',
  'x-user-defined': 'x-user-defined',
  'others': 'koi8-r koi8-u macintosh iso-8859-3 iso-8859-4 iso-8859-5 iso-8859-7 iso-8859-10 iso-8859-13 iso-8859-14 iso-8859-15 windows-1250 windows-1251 windows-1253 windows-1255 windows-1256 windows-1257 windows-1258',
};
for (const name of Object.keys(labels)) {
  for (const label of labels[name].split(' ')) {
    for (const variant of [label, label.toUpperCase(), ` ${label}\n`, `\t${label}\f\r`]) {
      attempt(JSON.stringify(variant), () => new TextDecoder(variant).encoding);
    }
  }
}
for (const label of ['', 'utf-32', 'utf16', 'ucs2', 'latin-1', 'binary', 'cp936', 'utf-7',
  '\u00a0utf-8', '\vutf-8', 'utf-8\u0000', '\u212Aoi8-r', '\u0130so-8859-2', '\ufeffutf-8',
  '\u2028utf-8', 'UTF8', 'Utf-16LE', null, undefined, 0, true, { toString() { return 'utf-16be'; } }]) {
  attempt(`label ${JSON.stringify(String(label))}`, () => new TextDecoder(label).encoding);
}
attempt('symbol label', () => new TextDecoder(Symbol('x')));

// Options: checks and the order Node reads them in.
const trace = [];
const traced = (values) => new Proxy(values, {
  get(target, key) { trace.push(String(key)); return target[key]; },
  has(target, key) { trace.push(`has ${String(key)}`); return key in target; },
});
for (const options of [undefined, null, {}, [], () => {}, 5, 'x', true, Symbol('o'),
  { fatal: 1, ignoreBOM: 'yes' }, { fatal: 0, ignoreBOM: null }]) {
  attempt(`options ${typeof options}`, () => {
    const d = new TextDecoder('utf-8', options);
    return [d.encoding, d.fatal, d.ignoreBOM].join(' ');
  });
}
trace.length = 0;
new TextDecoder('utf-16le', traced({ fatal: true, ignoreBOM: false }));
console.log('constructor reads', trace.join(','));
trace.length = 0;
attempt('bad label reads', () => new TextDecoder('nope', traced({ fatal: true })));
console.log('bad label reads', trace.join(','));
for (const label of ['utf-8', 'latin1', 'utf-16le', 'koi8-r']) {
  for (const stream of [false, true]) {
    trace.length = 0;
    const d = new TextDecoder(label);
    d.decode(new Uint8Array([0x41]), traced({ stream }));
    d.decode(new Uint8Array([0x41]), traced({ stream }));
    console.log('decode reads', label, stream, trace.join(','));
  }
}

// Inputs, per path.
const inputs = [['string', 'abc'], ['null', null], ['number', 5], ['array', [1]], ['object', {}],
  ['ArrayBuffer', new Uint8Array([0x68, 0x69]).buffer], ['Float64Array', new Float64Array([1.5])],
  ['BigInt64Array', new BigInt64Array([0x4142n])], ['DataView', new DataView(new Uint8Array([0x6f, 0x6b]).buffer)],
  ['SharedArrayBuffer', new SharedArrayBuffer(3)], ['Uint16Array', new Uint16Array([0x4142, 0xd800])],
  ['Buffer', Buffer.from('buf')], ['subarray', new Uint8Array([1, 0x41, 0x42, 3]).subarray(1, 3)]];
const detached = new ArrayBuffer(8);
structuredClone(detached, { transfer: [detached] });
inputs.push(['detached', detached], ['detached view', new Uint8Array(new ArrayBuffer(0))]);
for (const label of ['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'koi8-r']) {
  for (const stream of [false, true]) {
    for (const [name, input] of inputs) {
      attempt(`${label} ${stream} ${name}`, () => new TextDecoder(label).decode(input, { stream }));
    }
    for (const options of [5, null, 'x']) {
      attempt(`${label} ${stream} options ${options}`, () => {
        const d = new TextDecoder(label);
        if (stream) d.decode(new Uint8Array(0), { stream: true });
        return d.decode(new Uint8Array([0x41, 0xe2]), options);
      });
    }
  }
  attempt(`${label} no input`, () => new TextDecoder(label).decode());
  attempt(`${label} undefined input`, () => new TextDecoder(label).decode(undefined));
}

// Fatal errors per encoding.
for (const label of ['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'koi8-r', 'shift_jis', 'euc-kr']) {
  attempt(`fatal ${label}`, () => new TextDecoder(label, { fatal: true })
    .decode(new Uint8Array([0xff, 0xfe, 0xd8, 0x00, 0x41, 0x81])));
}

// BOMs, chunked.
function chunked(label, options, chunks) {
  const d = new TextDecoder(label, options);
  const out = chunks.map((c) => {
    if (c === null) return units(d.decode());
    return units(d.decode(new Uint8Array(c), { stream: true }));
  });
  console.log('bom', label, JSON.stringify(options), JSON.stringify(chunks), out.join('|'));
}
const bom8 = [0xef, 0xbb, 0xbf];
for (const options of [{}, { ignoreBOM: true }]) {
  chunked('utf-8', options, [bom8, [0x41], null, bom8, null]);
  chunked('utf-8', options, [[0xef], [0xbb, 0xbf, 0x41], null]);
  chunked('utf-8', options, [[0xef, 0xbb], [], [0xbf], bom8, null]);
  chunked('utf-8', options, [[0x41], bom8, null]);
  chunked('utf-8', options, [[], [], bom8, null]);
  chunked('utf-8', options, [[0xef, 0xbb], null, bom8, null]);
  chunked('utf-16le', options, [[0xff], [0xfe, 0x41], [0x00], null, [0xff, 0xfe, 0xff, 0xfe], null]);
  chunked('utf-16be', options, [[0xfe, 0xff, 0x00], [0x41, 0xfe, 0xff], null, [0xff, 0xfe], null]);
  chunked('utf-16le', options, [[0xfe, 0xff], null]);
  chunked('latin1', options, [[0xef, 0xbb, 0xbf], null]);
}
attempt('one-shot BOM', () => new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])));
attempt('one-shot BOM ignored', () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
attempt('fatal BOM', () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));

// latin1: ISO-8859-1 one-shot, windows-1252 once the decoder streamed.
const c1 = new Uint8Array([0x80, 0x81, 0x8d, 0x9f, 0xa4, 0xff]);
const l1 = new TextDecoder('latin1');
attempt('latin1 one-shot', () => l1.decode(c1));
attempt('latin1 stream', () => l1.decode(c1, { stream: true }));
attempt('latin1 after stream', () => l1.decode(c1));
attempt('latin1 fatal', () => new TextDecoder('latin1', { fatal: true }).decode(c1));

// Brand checks, descriptors, console output.
const getter = (C, name) => Object.getOwnPropertyDescriptor(C.prototype, name).get;
attempt('decode this', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
attempt('encoding this', () => getter(TextDecoder, 'encoding').call({}));
attempt('fatal this', () => getter(TextDecoder, 'fatal').call(1));
attempt('ignoreBOM this', () => getter(TextDecoder, 'ignoreBOM').call(null));
attempt('encode this', () => TextEncoder.prototype.encode.call({}));
attempt('encodeInto this', () => TextEncoder.prototype.encodeInto.call(null, 'a', new Uint8Array(2)));
attempt('TextEncoder encoding this', () => getter(TextEncoder, 'encoding').call({}));
attempt('call TextDecoder', () => TextDecoder());
attempt('call TextEncoder', () => TextEncoder());
for (const C of [TextDecoder, TextEncoder]) {
  console.log(C.name, C.length, Object.getOwnPropertyNames(C.prototype));
  for (const key of Reflect.ownKeys(C.prototype)) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, key);
    console.log(C.name, String(key), typeof d.value, typeof d.get, typeof d.set, d.enumerable,
                d.configurable, d.writable, typeof d.value === 'function' ? d.value.length : '');
  }
}
for (const name of ['TextDecoder', 'TextEncoder']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.enumerable, d.configurable);
}
console.log(new TextDecoder(), new TextEncoder());
console.log([new TextDecoder('utf-16be', { fatal: true })], { d: new TextDecoder('latin1', { ignoreBOM: true }) });
console.log({ a: { b: { c: new TextDecoder(), d: new TextEncoder() } } });
class MyDecoder extends TextDecoder {}
class MyEncoder extends TextEncoder {}
console.log(new MyDecoder('utf-16le'), new MyEncoder(), new MyDecoder().decode(new Uint8Array([0x61])));
console.log(Object.prototype.toString.call(new TextDecoder()), String(new TextEncoder()));
console.log(new TextDecoder() instanceof TextDecoder, Object.keys(new TextDecoder()), Object.keys(new TextEncoder()));
