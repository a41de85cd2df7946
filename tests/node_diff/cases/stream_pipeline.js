// pipeline() (callback and stream/promises) and finished(): which
// callbacks fire with what, which streams get destroyed, async
// generator stages, a promise-returning destination, signals, errors
// from each position, and finished() on every kind of ending.
'use strict';
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = stream;
const sp = require('stream/promises');
const { log, show, trace, stateOf, scenario, run } = require('./stream/trace.js');

function src(items, opts = {}) {
  let i = 0;
  return new Readable({
    objectMode: true,
    ...opts,
    read() {
      if (opts.failAt === i) { this.destroy(new Error(`src failed at ${i}`)); return; }
      this.push(i < items.length ? items[i++] : null);
    },
  });
}
function collect(name, opts = {}) {
  const got = [];
  const w = new Writable({
    objectMode: true,
    ...opts,
    write(chunk, enc, cb) {
      got.push(show(chunk));
      if (opts.failAt === got.length) cb(new Error(`${name} failed`));
      else setImmediate(cb);
    },
  });
  w.on('finish', () => log(`  ${name} got`, got.join(',')));
  return w;
}
function upper() {
  return new Transform({ objectMode: true, transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
}

scenario('pipeline ok', () => {
  const a = trace(src(['a', 'b', 'c']), 'a', { quiet: ['data'] });
  const t = trace(upper(), 't', { quiet: ['data'] });
  const z = trace(collect('z'), 'z');
  const ret = pipeline(a, t, z, (err, val) => log('  callback', show(err), show(val), stateOf(a), '|', stateOf(z)));
  log('returns last', ret === z);
});

scenario('pipeline source error', () => {
  const a = trace(src(['a', 'b', 'c'], { failAt: 1 }), 'a', { quiet: ['data'] });
  const t = trace(upper(), 't', { quiet: ['data'] });
  const z = trace(collect('z'), 'z');
  pipeline(a, t, z, (err) => log('  callback', show(err), 't', stateOf(t), 'z', stateOf(z)));
});

scenario('pipeline transform error', () => {
  const a = trace(src(['a', 'b', 'c']), 'a', { quiet: ['data'] });
  const t = trace(new Transform({
    objectMode: true,
    transform(c, e, cb) { if (c === 'b') cb(new Error('bad b')); else cb(null, c); },
  }), 't', { quiet: ['data'] });
  const z = trace(collect('z'), 'z');
  pipeline(a, t, z, (err) => log('  callback', show(err), stateOf(a)));
});

scenario('pipeline destination error', () => {
  const a = trace(src(['a', 'b', 'c', 'd']), 'a', { quiet: ['data'] });
  const z = trace(collect('z', { failAt: 2 }), 'z');
  pipeline(a, z, (err) => log('  callback', show(err), stateOf(a)));
});

scenario('pipeline destination destroyed early', () => {
  const a = trace(new Readable({ objectMode: true, read() {} }), 'a', { quiet: ['data'] });
  const z = trace(collect('z'), 'z');
  pipeline(a, z, (err) => log('  callback', show(err), stateOf(a)));
  a.push('x');
  setImmediate(() => z.destroy());
});

scenario('pipeline with generators', () => {
  pipeline(
    function* () { yield 'p'; yield 'q'; },
    async function* (source) { for await (const x of source) yield `${x}!`; },
    async function* (source) { for await (const x of source) yield x.repeat(2); },
    trace(collect('z'), 'z'),
    (err) => log('  callback', show(err)));
});

scenario('pipeline to async function destination', () => {
  pipeline(
    src([1, 2, 3]),
    async function (source) {
      let sum = 0;
      for await (const x of source) sum += x;
      return `sum=${sum}`;
    },
    (err, value) => log('  callback', show(err), show(value)));
});

scenario('pipeline generator throws', () => {
  const a = trace(src(['a', 'b']), 'a', { quiet: ['data'] });
  pipeline(
    a,
    async function* (source) { for await (const x of source) { if (x === 'b') throw new Error('gen threw'); yield x; } },
    trace(collect('z'), 'z'),
    (err) => log('  callback', show(err), stateOf(a)));
});

scenario('pipeline from array and string', () => {
  pipeline(['x', 'y'], trace(collect('arr'), 'arr'), (err) => log('  cb arr', show(err)));
  pipeline('str', trace(collect('str'), 'str'), (err) => log('  cb str', show(err)));
});

scenario('pipeline argument errors', () => {
  for (const args of [[], [src([])], [src([]), () => {}], [src([]), collect('q'), 5]]) {
    try { pipeline(...args); log('no throw'); } catch (e) { log('threw', show(e)); }
  }
  try { pipeline(1, collect('q'), () => {}); } catch (e) { log('threw', show(e)); }
  try { pipeline(() => 5, collect('q'), () => {}); } catch (e) { log('threw', show(e)); }
});

scenario('pipeline array form', () => {
  pipeline([src(['m']), upper(), collect('arr')], (err) => log('  callback', show(err)));
});

scenario('promises pipeline resolve/reject', async () => {
  const v = await sp.pipeline(src(['a']), upper(), collect('pz'));
  log('resolved', show(v));
  try {
    await sp.pipeline(src(['a', 'b'], { failAt: 1 }), collect('pz2'));
  } catch (e) {
    log('rejected', show(e));
  }
  const r = await sp.pipeline(src([5, 6]), async (source) => { let n = 0; for await (const x of source) n += x; return n; });
  log('value', r);
  log('same', stream.promises === sp, stream.promises.pipeline === sp.pipeline);
});

scenario('finished on readable', () => {
  const r = trace(src(['a']), 'r', { quiet: ['data'] });
  const cleanup = finished(r, (err) => log('  finished r', show(err)));
  log('cleanup', typeof cleanup);
  r.resume();
  const r2 = src(['a']);
  finished(r2, (err) => log('  finished r2 (destroyed)', show(err)));
  r2.destroy();
  const r3 = src(['a']);
  finished(r3, (err) => log('  finished r3 (error)', show(err)));
  r3.on('error', () => {});
  r3.destroy(new Error('r3 err'));
});

scenario('finished on writable', () => {
  const w = collect('w');
  finished(w, (err) => log('  finished w', show(err)));
  w.end('x');
  const w2 = collect('w2');
  finished(w2, (err) => log('  finished w2 (destroyed)', show(err)));
  w2.write('a');
  w2.destroy();
  const w3 = collect('w3');
  finished(w3, { writable: false }, (err) => log('  finished w3 readable-only', show(err)));
});

scenario('finished on duplex', () => {
  const d = new Duplex({ objectMode: true, read() { this.push(null); }, write(c, e, cb) { cb(); } });
  finished(d, (err) => log('  finished duplex both', show(err)));
  finished(d, { readable: false }, (err) => log('  finished duplex writable side', show(err)));
  finished(d, { writable: false }, (err) => log('  finished duplex readable side', show(err)));
  d.resume();
  setImmediate(() => d.end());
});

scenario('finished after the fact', () => {
  const r = src([]);
  r.resume();
  r.on('close', () => {
    finished(r, (err) => log('  finished already closed', show(err)));
    const w = collect('late');
    w.end();
    w.on('finish', () => finished(w, (err) => log('  finished after finish', show(err))));
  });
});

scenario('finished cleanup and options', () => {
  const r = src(['a']);
  const cleanup = finished(r, (err) => log('  should not run', show(err)));
  cleanup();
  r.resume();
  const e = src(['a']);
  e.on('error', (err) => log('  own handler', show(err)));
  finished(e, { error: false }, (err) => log('  finished error:false', show(err)));
  e.destroy(new Error('x'));
  try { finished(5, () => {}); } catch (err) { log('threw', show(err)); }
  try { finished(src([]), 5); } catch (err) { log('threw', show(err)); }
  try { finished(src([]), { signal: 5 }, () => {}); } catch (err) { log('threw', show(err)); }
});

scenario('promises finished', async () => {
  const r = src(['a']);
  r.resume();
  await sp.finished(r);
  log('resolved');
  const w = collect('pw');
  w.destroy(new Error('pw broke'));
  w.on('error', () => {});
  try { await sp.finished(w); } catch (e) { log('rejected', show(e)); }
  const x = src(['a']);
  const p = sp.finished(x, { cleanup: true });
  x.resume();
  await p;
  log('listeners after cleanup', x.listenerCount('end'), x.listenerCount('error'));
});

scenario('util.promisify(pipeline/finished)', async () => {
  const util = require('util');
  const pp = util.promisify(pipeline);
  await pp(src(['u']), collect('pp'));
  log('promisified pipeline', pp === sp.pipeline);
  const pf = util.promisify(finished);
  const r = src([]);
  r.resume();
  await pf(r);
  log('promisified finished', pf === sp.finished);
});

scenario('stream.destroy and helpers', () => {
  const r = src(['a']);
  r.on('error', (e) => log('  error', show(e)));
  log(stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r), stream.isWritable(r));
  r.read();
  log('disturbed', stream.isDisturbed(r));
  stream.destroy(r, new Error('via stream.destroy'));
  log(stream.isReadable(r), stream.isDestroyed(r));
  setImmediate(() => log('errored', stream.isErrored(r)));
  const w = collect('h');
  log(stream.isWritable(w), stream.isReadable(w));
  log(stream.isReadable({}), stream.isWritable({}), stream.isDestroyed({}));
});

run();
