// Blob and File: construction from generated parts (strings as UTF-8,
// ArrayBuffers, views, Blobs), slice() over generated ranges including
// negative bounds and slices of slices, text()/arrayBuffer()/bytes(),
// types, endings, and the classes' checks and shapes.
let seed = 0x9e3779b9;
function random() {  // xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
function fnv(view) {  // FNV-1a of the bytes
  let h = 0x811c9dc5;
  for (const b of view) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
function text(length) {
  let out = '';
  for (let i = 0; i < length; i++) {
    const kind = random() % 8;
    if (kind < 4) out += String.fromCharCode(32 + random() % 95);
    else if (kind < 5) out += String.fromCharCode(0xa0 + random() % 0x700);
    else if (kind < 6) out += String.fromCodePoint(0x1f300 + random() % 200);
    else if (kind < 7) out += '\n';
    else out += String.fromCharCode(0xd800 + random() % 0x800);  // lone
  }
  return out;
}
function part() {
  const kind = random() % 6;
  const length = random() % 40;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = random() & 0xff;
  switch (kind) {
    case 0: return text(length);
    case 1: return bytes.buffer;
    case 2: return bytes;
    case 3: return new DataView(bytes.buffer, Math.min(3, length));
    case 4: return new Uint16Array(bytes.buffer, 0, length >> 1);
    default: return new Blob([text(length >> 1), bytes]);
  }
}
const show = async (label, fn) => {
  try {
    console.log(label, await fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};

(async () => {
  for (let round = 0; round < 40; round++) {
    const parts = [];
    const count = random() % 7;
    for (let i = 0; i < count; i++) parts.push(part());
    const blob = new Blob(parts);
    const all = new Uint8Array(await blob.arrayBuffer());
    const line = [`blob ${round} size=${blob.size} ${fnv(all)}`];
    for (let i = 0; i < 8; i++) {
      const size = blob.size;
      const pick = () => Math.floor((random() % (size * 2 + 3)) - size - 1);
      const start = i === 0 ? undefined : pick();
      const end = i < 2 ? undefined : pick();
      const slice = blob.slice(start, end);
      const bytes = new Uint8Array(await slice.arrayBuffer());
      const inner = slice.slice(1, -1);
      const innerBytes = new Uint8Array(await inner.arrayBuffer());
      line.push(`[${start},${end})=${slice.size}:${fnv(bytes)}/${inner.size}:${fnv(innerBytes)}`);
    }
    console.log(line.join(' '));
    console.log('text', round, JSON.stringify(await blob.slice(0, 60).text()));
  }
  const bytes = await new Blob(['abc', new Uint8Array([100, 101])]).bytes();
  console.log('bytes', bytes.constructor.name, bytes.join());

  await show('no sources', () => new Blob());
  await show('string sources', () => new Blob('abc'));
  await show('number sources', () => new Blob(5));
  await show('null sources', () => new Blob(null));
  await show('stringified parts', () => new Blob([1, null, undefined, {}, 'x', true]).text());
  await show('options 5', () => new Blob(['a'], 5));
  await show('options null', () => new Blob(['a'], null).type);
  await show('type case', () => new Blob(['a'], { type: 'Text/HTML; Charset=UTF-8' }).type);
  await show('type non-ASCII', () => JSON.stringify(new Blob(['a'], { type: 'text/é' }).type));
  await show('type control', () => JSON.stringify(new Blob(['a'], { type: 'a\x19' }).type));
  await show('type DEL', () => JSON.stringify(new Blob(['a'], { type: 'text/\x7f' }).type));
  await show('type spaces', () => JSON.stringify(new Blob(['a'], { type: ' A ' }).type));
  await show('endings bogus', () => new Blob(['a'], { endings: 'bogus' }));
  await show('endings native', () => new Blob(['a\nb\r\nc'], { endings: 'native' }).text()
    .then(JSON.stringify));
  await show('endings transparent', () => new Blob(['a\nb\r\nc'], { endings: 'transparent' }).size);
  await show('set source', () => new Blob(new Set(['a', 'b'])).text());
  await show('array-like', () => new Blob({ length: 1, 0: 'a' }));
  await show('SharedArrayBuffer', () => new Blob([new SharedArrayBuffer(3)]).size);
  await show('lone surrogates', () => new Blob(['\ud800', 'é', '\udfff\ud83d\ude00'])
    .arrayBuffer().then((b) => [...new Uint8Array(b)].join()));
  await show('BOM and bad UTF-8', () => new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xc3, 0x28, 0xe2, 0x82])])
    .text().then((s) => [...s].map((c) => c.codePointAt(0)).join()));
  await show('copies its sources', async () => {
    const source = new Uint8Array([1, 2, 3]);
    const blob = new Blob([source]);
    source[0] = 9;
    return new Uint8Array(await blob.arrayBuffer()).join();
  });

  const blob = new Blob(['hello world'], { type: 'text/plain' });
  console.log(blob, [blob], { a: { b: { c: blob } } }, String(blob),
              Object.prototype.toString.call(blob));
  console.log(Object.getOwnPropertyNames(Blob.prototype).filter((n) => n !== 'stream'),
              Blob.length, Blob.name);
  for (const [start, end, type] of [[2, -2], [-3], [5, 2], [0, 100, 'A/B'], ['2', '4'],
                                    [undefined, undefined], [0, 5, 5], [-100, 3],
                                    [3, -100], [null, 4], [0, 0, 'Ä'], [0, 0, null]]) {
    const slice = blob.slice(start, end, type);
    console.log('slice', JSON.stringify([start, end, type]), slice.size,
                JSON.stringify(slice.type), JSON.stringify(await slice.text()));
  }
  await show('slice on {}', () => Blob.prototype.slice.call({}, 1));
  await show('text on {}', () => Blob.prototype.text.call({}));
  await show('arrayBuffer on {}', () => Blob.prototype.arrayBuffer.call({}));
  await show('bytes on {}', () => Blob.prototype.bytes.call({}));
  await show('size on {}', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
  await show('type on {}', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'type').get.call({}));

  // Promise timing against other microtasks.
  const order = [];
  blob.text().then(() => order.push('text'));
  blob.arrayBuffer().then(() => order.push('arrayBuffer'));
  blob.bytes().then(() => order.push('bytes'));
  Promise.resolve().then(() => order.push(1)).then(() => order.push(2))
    .then(() => order.push(3)).then(() => order.push(4));
  await new Promise((resolve) => setTimeout(resolve, 1));
  console.log('order', order.join());

  const file = new File(['abc', new Uint8Array([1])], 'a.txt', { type: 'Text/Plain', lastModified: 42 });
  console.log(file, [file], { a: { b: { c: file } } }, file.name, file.lastModified,
              file.size, file.type, file instanceof Blob, String(file));
  console.log(Object.getOwnPropertyNames(File.prototype), File.length,
              Object.getPrototypeOf(File) === Blob);
  console.log('file slice', file.slice(0, 2).constructor.name, await file.slice(1, 3).text());
  await show('File()', () => new File(['a']));
  await show('File name', () => new File(['a'], 5).name);
  await show('File name undefined', () => new File([], undefined).name);
  await show('File lastModified now', () => {
    const before = Date.now();
    const modified = new File(['a'], 'x').lastModified;
    return typeof modified === 'number' && modified >= before && modified <= Date.now();
  });
  for (const value of ['7', 1.9, -1.9, 'x', null, '', true, [], {}]) {
    await show(`File lastModified ${JSON.stringify(value)}`,
               () => new File([], 'n', { lastModified: value }).lastModified);
  }
  await show('name on Blob', () => Object.getOwnPropertyDescriptor(File.prototype, 'name')
    .get.call(new Blob([])));
})();
