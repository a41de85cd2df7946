// Async iteration of Readables (including break/return/throw and
// destroyOnReturn), Readable.from over arrays, generators, async
// generators, strings, Buffers and promises, Duplex.from, compose and
// the Readable operators (map, filter, toArray, reduce, ...).
'use strict';
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough, Transform } = stream;
const { log, show, trace, stateOf, scenario, run } = require('./stream/trace.js');

function counter(n, opts = {}) {
  let i = 0;
  return new Readable({
    objectMode: true,
    ...opts,
    read() { i++; this.push(i > n ? null : i); },
  });
}

scenario('for await over a readable', async () => {
  const r = trace(counter(4), 'r', { quiet: ['data'] });
  const got = [];
  for await (const x of r) { got.push(x); log('  iter', x, r.readableLength); }
  log('done', got.join(','), stateOf(r));
});

scenario('for await with break', async () => {
  const r = trace(counter(10), 'r', { quiet: ['data'] });
  r.on('error', (e) => log('  error', show(e)));
  for await (const x of r) { log('  iter', x); if (x === 2) break; }
  log('after break', stateOf(r));
});

scenario('iterator({ destroyOnReturn: false })', async () => {
  const r = trace(counter(5), 'r', { quiet: ['data'] });
  for await (const x of r.iterator({ destroyOnReturn: false })) { log('  iter', x); if (x === 2) break; }
  log('after break', r.destroyed, r.readableLength);
  const rest = [];
  for await (const x of r) rest.push(x);
  log('rest', rest.join(','));
  try { r.iterator(5); } catch (e) { log('threw', show(e)); }
});

scenario('for await with error', async () => {
  let i = 0;
  const r = trace(new Readable({
    objectMode: true,
    read() { i++; if (i === 3) this.destroy(new Error('mid-stream')); else this.push(i); },
  }), 'r', { quiet: ['data'] });
  try {
    for await (const x of r) log('  iter', x);
  } catch (e) {
    log('caught', show(e), stateOf(r));
  }
});

scenario('throw inside loop', async () => {
  const r = trace(counter(5), 'r', { quiet: ['data'] });
  r.on('error', (e) => log('  error event', show(e)));
  try {
    for await (const x of r) { if (x === 2) throw new Error('body threw'); }
  } catch (e) {
    log('caught', show(e), r.destroyed);
  }
});

scenario('async iteration of byte stream with encoding', async () => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0xc3]));
  r.push(Buffer.from([0xa9, 0x21]));
  r.push(null);
  const parts = [];
  for await (const s of r) parts.push(s);
  log('parts', show(parts));
});

scenario('Readable.from array and generators', async () => {
  log('array', show(await Readable.from([1, 'two', { three: 3 }]).toArray()));
  function* gen() { yield 'a'; yield 'b'; }
  log('gen', show(await Readable.from(gen()).toArray()));
  async function* agen() { yield 'x'; await null; yield 'y'; }
  log('agen', show(await Readable.from(agen()).toArray()));
  log('promises', show(await Readable.from([Promise.resolve(1), 2]).toArray()));
  log('string', show(await Readable.from('whole string').toArray()));
  log('buffer', show(await Readable.from(Buffer.from('buf')).toArray()));
  const r = Readable.from(['q'], { objectMode: false });
  log('bytes mode', r.readableObjectMode, show(await r.toArray()));
  const f = Readable.from([1]);
  log('defaults', f.readableObjectMode, f.readableHighWaterMark);
  try { Readable.from(5); } catch (e) { log('threw', show(e)); }
  try { Readable.from(null); } catch (e) { log('threw', show(e)); }
});

scenario('Readable.from event order', () => {
  const r = trace(Readable.from(['a', 'b']), 'r');
  r.on('data', () => {});
});

scenario('Readable.from null item', async () => {
  const r = trace(Readable.from(['a', null, 'c']), 'r', { quiet: ['data'] });
  try { for await (const x of r) log('  iter', show(x)); } catch (e) { log('caught', show(e)); }
});

scenario('Readable.from destroy returns the generator', async () => {
  function* gen() {
    try { yield 1; yield 2; yield 3; } finally { log('  generator finally'); }
  }
  const r = trace(Readable.from(gen()), 'r', { quiet: ['data'] });
  for await (const x of r) { log('  iter', x); break; }
  log('destroyed', r.destroyed);
});

scenario('Readable.from generator throws', async () => {
  async function* gen() { yield 1; throw new Error('agen threw'); }
  const r = trace(Readable.from(gen()), 'r', { quiet: ['data'] });
  r.on('error', (e) => log('  error', show(e)));
  r.resume();
});

scenario('operators', async () => {
  log('map', show(await counter(5).map((x) => x * 10).toArray()));
  log('map async', show(await counter(3).map(async (x) => { await null; return x + 0.5; }).toArray()));
  log('filter', show(await counter(6).filter((x) => x % 2 === 0).toArray()));
  log('take', show(await counter(6).take(2).toArray()));
  log('drop', show(await counter(6).drop(4).toArray()));
  log('flatMap', show(await counter(3).flatMap((x) => [x, x]).toArray()));
  log('reduce', await counter(4).reduce((a, b) => a + b, 0));
  log('reduce no init', await counter(4).reduce((a, b) => a * b));
  try { await counter(0).reduce((a, b) => a + b); } catch (e) { log('reduce empty', show(e)); }
  log('some', await counter(5).some((x) => x > 3), await counter(5).some((x) => x > 9));
  log('every', await counter(5).every((x) => x > 0), await counter(5).every((x) => x > 1));
  log('find', await counter(5).find((x) => x > 2), await counter(5).find((x) => x > 9));
  const seen = [];
  log('forEach', await counter(3).forEach((x) => { seen.push(x); }), seen.join(','));
  log('asIndexedPairs', show(await counter(3).asIndexedPairs().toArray()));
  log('concurrency', show(await counter(6).map(async (x) => x * 2, { concurrency: 3 }).toArray()));
  try { counter(1).map(5); } catch (e) { log('threw', show(e)); }
  try { counter(1).map((x) => x, { concurrency: 0 }); } catch (e) { log('threw', show(e)); }
  try { counter(1).take(-1); } catch (e) { log('threw', show(e)); }
  log('instance', counter(1).map((x) => x) instanceof Readable);
});

scenario('Duplex.from', async () => {
  const fromIter = Duplex.from(['i1', 'i2']);
  log('iterable', show(await fromIter.toArray()), fromIter.writable);
  const fromGen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  const out = [];
  fromGen.on('data', (d) => out.push(String(d)));
  fromGen.write('ab');
  fromGen.end('cd');
  await new Promise((resolve) => fromGen.on('end', resolve));
  log('generator fn', out.join(','));
  const pt = new PassThrough();
  log('same stream', Duplex.from(pt) === pt);
  const pair = Duplex.from({ readable: Readable.from(['r']), writable: new Writable({ write(c, e, cb) { log('  pair write', show(c)); cb(); } }) });
  pair.write('w');
  pair.end();
  log('pair', show(await pair.toArray()));
  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  log('promise', show(await fromPromise.toArray()));
  try { Duplex.from(5); } catch (e) { log('threw', show(e)); }
});

scenario('compose', async () => {
  const c = stream.compose(
    new Transform({ objectMode: true, transform(x, e, cb) { cb(null, x + 1); } }),
    async function* (source) { for await (const x of source) yield x * 2; },
    new Transform({ objectMode: true, transform(x, e, cb) { cb(null, `v${x}`); } }),
  );
  const got = [];
  c.on('data', (d) => got.push(d));
  c.write(1);
  c.write(2);
  c.end(3);
  await new Promise((resolve) => c.on('end', resolve));
  log('composed', got.join(','), c instanceof Duplex);
  try { stream.compose(); } catch (e) { log('threw', show(e)); }
});

scenario('async iterator next/return by hand', async () => {
  const r = counter(3);
  const it = r[Symbol.asyncIterator]();
  log('next', show(await it.next()));
  log('next', show(await it.next()));
  log('return', show(await it.return()));
  log('next after return', show(await it.next()));
  log('destroyed', r.destroyed);
});

scenario('wrap old-style stream', async () => {
  const { Stream } = stream;
  const old = new Stream();
  const r = new Readable({ objectMode: true }).wrap(old);
  const got = [];
  r.on('data', (d) => got.push(d));
  r.on('end', () => log('  wrapped end', got.join(',')));
  old.emit('data', 'o1');
  old.emit('data', 'o2');
  old.emit('end');
});

scenario('getDefaultHighWaterMark / setDefaultHighWaterMark', () => {
  log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(true, 4);
  log(new Readable({ objectMode: true }).readableHighWaterMark, stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(true, 16);
  try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { log('threw', show(e)); }
  try { new Readable({ highWaterMark: 'x' }); } catch (e) { log('threw', show(e)); }
  try { new Duplex({ writableHighWaterMark: -2 }); } catch (e) { log('threw', show(e)); }
  log(new Readable({ highWaterMark: 3.0 }).readableHighWaterMark);
});

scenario('module shape', () => {
  log(Object.keys(stream).join(','));
  log(Object.keys(require('stream/promises')).join(','));
  log(stream.Stream === stream, typeof stream.Readable.from, typeof stream.Readable.fromWeb,
    stream.Readable.prototype instanceof stream.Stream, require('node:stream') === stream);
  log(Object.getOwnPropertyNames(Readable.prototype).sort().join(','));
  log(Object.getOwnPropertyNames(Writable.prototype).sort().join(','));
  log(Object.getOwnPropertyNames(Readable).sort().join(','));
});

run();
