// TextEncoderStream and TextDecoderStream vs Node: surrogate pairs split
// across chunks, lone surrogates, non-string chunks, multi-byte sequences
// split across chunks for UTF-8/UTF-16/legacy labels, BOM handling, fatal
// errors, flush, piping, shapes and errors. Generated splits of encoded
// text round-trip through both streams.
'use strict';
const { log, attempt, scenario, done } = require('./webstreams/harness.js');

function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

async function collect(readable) {
  const out = [];
  const reader = readable.getReader();
  try {
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      out.push(value);
    }
  } catch (error) {
    out.push(`error ${error.name} ${error.code}`);
  }
  return out;
}

async function encode(chunks) {
  const stream = new TextEncoderStream();
  const writer = stream.writable.getWriter();
  for (const c of chunks) writer.write(c);
  writer.close();
  return collect(stream.readable);
}

async function decode(label, options, chunks) {
  const stream = new TextDecoderStream(label, options);
  const writer = stream.writable.getWriter();
  for (const c of chunks) writer.write(c).catch(() => {});
  writer.close().catch(() => {});
  return collect(stream.readable);
}

(async () => {
  await scenario('TextEncoderStream chunks', async () => {
    const cases = [
      ['abc'], ['é', '€'], ['\ud83d', '\ude00'], ['a\ud83d', '\ude00b'],
      ['\ud83d'], ['\ud83d', 'x'], ['\ude00'], ['\ud800', '\ud800', 'y'],
      ['', '\ud83d', '', '\ude00'], [1, null, undefined, true],
      [{ toString() { return 'obj'; } }], ['\ud83d\ude00\ud83d'],
    ];
    for (const chunks of cases) {
      const out = await encode(chunks);
      log(JSON.stringify(chunks.map(String)), '->', out.map((u) => `[${Array.from(u)}]`).join(' '));
    }
  });

  await scenario('TextDecoderStream chunks', async () => {
    const cases = [
      ['utf-8', {}, [[0xe2, 0x82], [0xac], [0xf0, 0x9f], [0x98, 0x80, 0x41]]],
      ['utf-8', {}, [[0xef, 0xbb, 0xbf, 0x61], [0xc3]]],
      ['utf-8', {}, [[0xef], [0xbb], [0xbf], [0x62]]],
      ['utf-8', { ignoreBOM: true }, [[0xef, 0xbb, 0xbf, 0x61]]],
      ['utf-16le', {}, [[0x61], [0x00, 0x62, 0x00], [0x3d]]],
      ['utf-16be', {}, [[0xd8, 0x3d], [0xde], [0x00]]],
      ['latin1', {}, [[0xe9, 0x80]]],
      ['shift_jis', {}, [[0x82], [0xa0, 0x41]]],
      ['utf-8', { fatal: true }, [[0x61, 0xff]]],
      ['utf-8', { fatal: true }, [[0x61, 0xe2]]],
      ['utf-8', {}, [[], [0x61], []]],
    ];
    for (const [label, options, chunks] of cases) {
      const out = await decode(label, options, chunks.map((c) => new Uint8Array(c)));
      log(label, JSON.stringify(options), '->', JSON.stringify(out));
    }
    const mixed = await decode('utf-8', {}, [new ArrayBuffer(1),
      new DataView(new Uint8Array([0x68, 0x69]).buffer), new Uint16Array([0x6a6b])]);
    log('buffer sources', JSON.stringify(mixed));
    const bad = await decode('utf-8', {}, ['not bytes']);
    log('string chunk', JSON.stringify(bad));
  });

  await scenario('round trips of generated text split at random points', async () => {
    const random = prng(12345);
    const alphabet = ['a', 'é', '€', '😀', '\u0800', '\uffff', '\u{10ffff}', ' ', '\n'];
    for (let round = 0; round < 40; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 20);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const pieces = [];
      let rest = text;
      while (rest.length > 0) {
        const cut = 1 + Math.floor(random() * Math.min(rest.length, 4));
        pieces.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      const encoded = await encode(pieces);
      const bytes = [];
      for (const u of encoded) bytes.push(...u);
      const byteChunks = [];
      for (let i = 0; i < bytes.length;) {
        const n = 1 + Math.floor(random() * 3);
        byteChunks.push(new Uint8Array(bytes.slice(i, i + n)));
        i += n;
      }
      const decoded = await decode('utf-8', {}, byteChunks);
      log(`round ${round}`, encoded.length, 'chunks,', bytes.length, 'bytes,', decoded.length,
          'strings, same text', decoded.join('') === text);
    }
  });

  await scenario('piping text through both', async () => {
    const source = ReadableStream.from(['hé', 'llo ', '\ud83d', '\ude00', ' world']);
    const out = source.pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
    log('piped', JSON.stringify(await collect(out)));
  });

  await scenario('shapes and errors', async () => {
    const enc = new TextEncoderStream();
    const dec = new TextDecoderStream('UTF-16', { fatal: 1, ignoreBOM: 'yes' });
    log('encoder', enc.encoding, enc.readable instanceof ReadableStream, enc.writable instanceof WritableStream);
    log('decoder', dec.encoding, dec.fatal, dec.ignoreBOM);
    console.log(enc);
    console.log(dec);
    attempt('bad label', () => new TextDecoderStream('nope'));
    attempt('replacement label', () => new TextDecoderStream('iso-2022-kr'));
    attempt('encoding getter brand', () =>
      Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'encoding').get.call({}));
    attempt('readable getter brand', () =>
      Object.getOwnPropertyDescriptor(TextDecoderStream.prototype, 'readable').get.call({}));
    log('lengths', TextEncoderStream.length, TextDecoderStream.length);
    log('keys', Object.getOwnPropertyNames(TextEncoderStream.prototype).join(','),
        Object.getOwnPropertyNames(TextDecoderStream.prototype).join(','));
  });

  done();
})();
