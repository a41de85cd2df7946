// destroy(err) with and without an error, on every kind of stream and
// in every phase; autoDestroy/emitClose; _destroy callbacks; _construct.
'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const { log, show, trace, stateOf, scenario, run } = require('./stream/trace.js');

const kinds = {
  readable: () => new Readable({ read() {} }),
  writable: () => new Writable({ write(c, e, cb) { setImmediate(cb); } }),
  duplex: () => new Duplex({ read() {}, write(c, e, cb) { cb(); } }),
  transform: () => new Transform({ transform(c, e, cb) { cb(null, c); } }),
  passthrough: () => new PassThrough(),
};

for (const [kind, make] of Object.entries(kinds)) {
  scenario(`${kind}: destroy()`, () => {
    const s = trace(make(), kind);
    log('returns this', s.destroy() === s);
    log('sync', stateOf(s));
    s.destroy();
    process.nextTick(() => log('tick', stateOf(s)));
  });
  scenario(`${kind}: destroy(err)`, () => {
    const s = trace(make(), kind);
    s.on('error', (e) => log('  handler', show(e), stateOf(s)));
    s.destroy(new Error(`${kind} boom`));
    s.destroy(new Error('second'));
    log('sync', stateOf(s));
  });
  scenario(`${kind}: destroy(err, cb)`, () => {
    const s = trace(make(), kind);
    s.on('error', () => {});
    s.destroy(new Error('with cb'), (err) => log('  destroy cb', show(err)));
    s.destroy(null, (err) => log('  second destroy cb', show(err)));
  });
}

scenario('custom _destroy', () => {
  const r = trace(new Readable({
    read() {},
    destroy(err, cb) { log('  _destroy', show(err)); setImmediate(() => cb(new Error('replaced'))); },
  }), 'r');
  r.on('error', () => {});
  r.destroy(new Error('original'));
  log('destroyed', r.destroyed, 'closed', r.closed);
  const w = trace(new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) { log('  w _destroy', show(err)); cb(); },
  }), 'w');
  w.destroy(new Error('swallowed'));
  const t = trace(new Readable({ read() {}, destroy() { throw new Error('destroy threw'); } }), 't');
  t.on('error', () => {});
  t.destroy();
});

scenario('destroy during flowing', () => {
  let i = 0;
  const r = trace(new Readable({ read() { this.push(`c${i++}`); } }), 'r', { quiet: [] });
  r.on('data', (d) => { if (String(d) === 'c2') r.destroy(); });
});

scenario('destroy after end, after finish', () => {
  const r = trace(new Readable({ read() { this.push(null); } }), 'r');
  r.on('end', () => { log('  end -> destroy'); r.destroy(new Error('late')); });
  r.on('error', (e) => log('  late error', show(e)));
  r.resume();
  const w = trace(new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } }), 'w');
  w.on('finish', () => { w.destroy(); log('  destroyed after finish', stateOf(w)); });
  w.end('x');
});

scenario('autoDestroy false', () => {
  const r = trace(new Readable({ autoDestroy: false, read() { this.push(null); } }), 'r');
  r.resume();
  r.on('end', () => setImmediate(() => log('  after end', stateOf(r))));
  const e = trace(new Readable({ autoDestroy: false, read() {} }), 'e');
  e.on('error', (err) => log('  error', show(err), stateOf(e)));
  e.push(1);
});

scenario('emitClose false', () => {
  const r = trace(new Readable({ emitClose: false, read() {} }), 'r');
  r.destroy();
  const w = trace(new Writable({ emitClose: false, write(c, e, cb) { cb(); } }), 'w');
  w.end();
});

scenario('_construct', () => {
  const r = trace(new Readable({
    construct(cb) { log('  construct'); setImmediate(() => { log('  constructed'); cb(); }); },
    read() { log('  _read'); this.push('x'); this.push(null); },
  }), 'r');
  r.on('data', (d) => log('  data', show(d)));
  const w = trace(new Writable({
    construct(cb) { log('  w construct'); process.nextTick(cb); },
    write(c, e, cb) { log('  w _write', show(c)); cb(); },
    final(cb) { log('  w _final'); cb(); },
  }), 'w');
  w.write('early');
  w.end();
  const d = trace(new Duplex({
    construct(cb) { log('  d construct'); cb(); },
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  }), 'd');
  d.resume();
  d.end();
});

scenario('_construct error and destroy before constructed', () => {
  const r = trace(new Readable({ construct(cb) { cb(new Error('ctor failed')); }, read() {} }), 'r');
  r.on('error', (e) => log('  error', show(e)));
  const w = trace(new Writable({ construct(cb) { setImmediate(cb); }, write(c, e, cb) { cb(); } }), 'w');
  w.destroy();
  log('destroyed early', stateOf(w));
  const t = trace(new Readable({ construct() { throw new Error('ctor threw'); }, read() {} }), 't');
  t.on('error', () => {});
});

scenario('errors emitted on nextTick', () => {
  const r = trace(new Readable({ read() {} }), 'r');
  r.on('error', () => log('  error handler'));
  r.destroy(new Error('e'));
  log('sync after destroy');
  process.nextTick(() => log('tick scheduled after destroy'));
  Promise.resolve().then(() => log('microtask'));
});

scenario('readableAborted and writableAborted', () => {
  const r = new Readable({ read() {} });
  r.destroy();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.end();
  w2.on('finish', () => log('  finished aborted?', w2.writableAborted));
  log(r.readableAborted, w.writableAborted);
});

scenario('captureRejections', () => {
  const r = trace(new Readable({ captureRejections: true, read() {} }), 'r');
  r.on('error', (e) => log('  error', show(e)));
  r.on('foo', async () => { throw new Error('rejected listener'); });
  r.emit('foo');
});

run();
