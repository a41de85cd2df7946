// pipe(): chains with slow consumers (back-pressure: write() false,
// pause, 'drain', resume), Transform/flush, PassThrough, Duplex
// allowHalfOpen, unpipe, several destinations, errors on the destination.
'use strict';
const { Readable, Writable, Transform, PassThrough, Duplex } = require('stream');
const { log, show, trace, stateOf, scenario, run } = require('./stream/trace.js');

function counter(n, opts = {}) {
  let i = 0;
  return new Readable({
    ...opts,
    read() {
      i++;
      if (i > n) this.push(null);
      else this.push(opts.objectMode ? { i } : `<${i}>`);
    },
  });
}

function slowSink(name, opts = {}) {
  const got = [];
  const w = new Writable({
    ...opts,
    write(chunk, enc, cb) {
      got.push(opts.objectMode ? chunk.i : String(chunk));
      setImmediate(cb);
    },
  });
  w.on('finish', () => log(`  ${name} got`, got.join('')));
  return w;
}

scenario('pipe to slow sink', () => {
  const r = trace(counter(6, { highWaterMark: 4 }), 'r', { quiet: ['data'] });
  const w = trace(slowSink('w', { highWaterMark: 4 }), 'w');
  const dest = r.pipe(w);
  log('returns dest', dest === w, r._readableState.pipes.length, r.readableFlowing);
});

scenario('pipe chain through transforms', () => {
  const r = trace(counter(5, { highWaterMark: 2 }), 'src', { quiet: ['data'] });
  const up = trace(new Transform({
    highWaterMark: 3,
    transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase().replace(/[<>]/g, '')); },
    flush(cb) { log('  flush up'); cb(null, '|END'); },
  }), 'up', { quiet: ['data'] });
  const dup = trace(new Transform({
    transform(chunk, enc, cb) { this.push(chunk); this.push(chunk); cb(); },
  }), 'dup', { quiet: ['data'] });
  const w = trace(slowSink('sink', { highWaterMark: 1 }), 'sink');
  r.pipe(up).pipe(dup).pipe(w);
});

scenario('objectMode pipe with back-pressure', () => {
  const r = trace(counter(7, { objectMode: true, highWaterMark: 2 }), 'r', { quiet: ['data'] });
  const w = trace(slowSink('w', { objectMode: true, highWaterMark: 2 }), 'w');
  r.pipe(w);
});

scenario('pipe with end false', () => {
  const r = trace(counter(2), 'r', { quiet: ['data'] });
  const w = trace(slowSink('w'), 'w');
  r.pipe(w, { end: false });
  r.on('end', () => { log('  src ended, dest ended?', w.writableEnded); setImmediate(() => w.end('!')); });
});

scenario('unpipe', () => {
  const r = trace(new Readable({ read() {} }), 'r', { quiet: ['data'] });
  const w = trace(new Writable({ write(c, e, cb) { log('  w got', show(c)); cb(); } }), 'w');
  r.pipe(w);
  r.push('a');
  setImmediate(() => {
    r.unpipe(w);
    log('after unpipe', r.readableFlowing, r._readableState.pipes.length, r.isPaused());
    r.push('b');
    log('buffered', r.readableLength);
    r.unpipe(w);
    r.unpipe();
  });
});

scenario('two destinations, one slow', () => {
  const r = trace(counter(6, { highWaterMark: 2 }), 'r', { quiet: ['data'] });
  const fast = trace(new Writable({ write(c, e, cb) { cb(); } }), 'fast', { quiet: [] });
  const slow = trace(slowSink('slow', { highWaterMark: 1 }), 'slow');
  r.pipe(fast);
  r.pipe(slow);
  log('pipes', r._readableState.pipes.length, r._readableState.multiAwaitDrain);
});

scenario('destination error unpipes', () => {
  const r = trace(counter(10, { highWaterMark: 1 }), 'r', { quiet: ['data'] });
  let n = 0;
  const w = trace(new Writable({
    write(c, e, cb) { n++; if (n === 3) cb(new Error('sink broke')); else cb(); },
  }), 'w');
  w.on('error', (e) => log('  w error handler', show(e)));
  r.pipe(w);
  setImmediate(() => log('after', r._readableState.pipes.length, r.isPaused(), stateOf(w)));
});

scenario('destination close unpipes', () => {
  const r = trace(new Readable({ read() {} }), 'r', { quiet: ['data'] });
  const w = trace(new Writable({ write(c, e, cb) { cb(); } }), 'w');
  r.pipe(w);
  r.push('x');
  setImmediate(() => { w.destroy(); });
});

scenario('PassThrough', () => {
  const p = trace(new PassThrough(), 'p');
  log('write', p.write('a'), p.write(Buffer.from('b')));
  p.end('c');
  p.on('data', (d) => log('  data', show(d)));
  log(stateOf(p));
});

scenario('PassThrough objectMode back-pressure', () => {
  const p = trace(new PassThrough({ objectMode: true, highWaterMark: 2 }), 'p', { quiet: ['data'] });
  for (let i = 0; i < 6; i++) log('write', i, p.write({ i }), p.readableLength, p.writableLength);
  p.end();
  const got = [];
  setImmediate(() => {
    p.on('data', (d) => got.push(d.i));
    p.on('end', () => log('  got', got.join(',')));
  });
});

scenario('Transform with async transform and flush data', () => {
  const t = trace(new Transform({
    transform(chunk, enc, cb) { setImmediate(() => cb(null, `[${chunk}]`)); },
    flush(cb) { setImmediate(() => cb(null, 'FLUSHED')); },
  }), 't', { quiet: [] });
  t.setEncoding('utf8');
  t.write('x');
  t.write('y');
  t.end('z');
  t.resume();
});

scenario('Transform errors', () => {
  const t = trace(new Transform({
    transform(chunk, enc, cb) { cb(new Error('bad chunk')); },
  }), 't');
  t.on('error', () => {});
  t.write('a', (err) => log('  write cb', show(err)));
  const f = trace(new Transform({
    transform(chunk, enc, cb) { cb(null, chunk); },
    flush(cb) { cb(new Error('flush failed')); },
  }), 'f', { quiet: ['data'] });
  f.on('error', () => {});
  f.resume();
  f.end('q');
  const n = trace(new Transform(), 'n');
  n.on('error', () => {});
  try { n.write('z'); } catch (e) { log('threw', show(e)); }
});

scenario('Transform subclass', () => {
  class Upper extends Transform {
    _transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); }
    _flush(cb) { this.push('.'); cb(); }
  }
  const u = trace(new Upper(), 'u', { quiet: [] });
  u.on('data', () => {});
  u.end('hello');
  const util = require('util');
  function OldT(opts) { Transform.call(this, opts); }
  util.inherits(OldT, Transform);
  OldT.prototype._transform = function (c, e, cb) { this.push(String(c).length + ';'); cb(); };
  const o = trace(new OldT(), 'o');
  o.on('data', () => {});
  o.write('abc');
  o.end('de');
});

scenario('Transform readable hwm 0 and readable/writable objectMode', () => {
  const t = new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 0,
    transform(chunk, enc, cb) { cb(null, { len: chunk.length }); },
  });
  log(t.readableHighWaterMark, t.writableHighWaterMark, t.readableObjectMode, t.writableObjectMode);
  t.on('data', (d) => log('  obj', show(d)));
  t.write('abcd');
  t.end('xy');
  const t2 = new Transform({ writableObjectMode: true, transform(c, e, cb) { cb(null, JSON.stringify(c)); } });
  log(t2.readableObjectMode, t2.writableObjectMode, t2.writableHighWaterMark, t2.readableHighWaterMark);
  t2.on('data', (d) => log('  json', show(d)));
  t2.end({ a: [1] });
});

scenario('Duplex allowHalfOpen false', () => {
  const d = trace(new Duplex({
    allowHalfOpen: false,
    read() { this.push('r1'); this.push(null); },
    write(c, e, cb) { log('  write', show(c)); cb(); },
  }), 'd', { quiet: ['data'] });
  d.resume();
});

scenario('Duplex allowHalfOpen true', () => {
  const d = trace(new Duplex({
    read() { this.push('r1'); this.push(null); },
    write(c, e, cb) { log('  write', show(c)); cb(); },
  }), 'd', { quiet: ['data'] });
  d.resume();
  setImmediate(() => { log('half open', stateOf(d)); d.end('w1'); });
});

scenario('Duplex readable false / writable false', () => {
  const a = trace(new Duplex({ readable: false, write(c, e, cb) { cb(); } }), 'a');
  log(stateOf(a));
  a.end('x');
  const b = trace(new Duplex({ writable: false, read() { this.push(null); } }), 'b');
  log(stateOf(b));
  b.resume();
  log('instanceof', a instanceof Writable, a instanceof Readable, a instanceof Duplex,
    new Readable() instanceof Writable, new Transform() instanceof Writable);
  log('duplex own', Object.getOwnPropertyNames(Duplex.prototype).sort().join(','));
});

scenario('legacy Stream pipe', () => {
  const { Stream } = require('stream');
  const src = trace(new Stream(), 'src');
  const w = trace(new Writable({ write(c, e, cb) { log('  w', show(c)); cb(); } }), 'w');
  src.readable = true;
  src.pipe(w);
  src.emit('data', 'one');
  src.emit('end');
});

scenario('pipe from ended stream', () => {
  const r = trace(new Readable({ read() {} }), 'r');
  r.push(null);
  r.resume();
  r.on('end', () => {
    const w = trace(new Writable({ write(c, e, cb) { cb(); } }), 'w');
    r.pipe(w);
  });
});

scenario('pipe into writableNeedDrain dest', () => {
  const w = trace(new Writable({ highWaterMark: 1, write(c, e, cb) { setImmediate(cb); } }), 'w');
  w.write('xx');
  log('needDrain', w.writableNeedDrain);
  const r = trace(counter(2), 'r', { quiet: ['data'] });
  r.pipe(w);
  log('flowing', r.readableFlowing);
});

run();
