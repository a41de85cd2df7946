// Writable: write() return values against highWaterMark, 'drain'
// counts, callback and event order (write callbacks, 'prefinish',
// 'finish', 'close'), cork/uncork and _writev batching, _final,
// decodeStrings/defaultEncoding, objectMode, errors and getters.
'use strict';
const { Writable } = require('stream');
const { log, show, trace, stateOf, scenario, run } = require('./stream/trace.js');

// A sink that completes writes synchronously, on the next tick or later.
function sink(mode, opts = {}) {
  return new Writable({
    ...opts,
    write(chunk, enc, cb) {
      log('  _write', show(chunk), enc);
      if (mode === 'sync') cb();
      else if (mode === 'tick') process.nextTick(cb);
      else setImmediate(cb);
    },
  });
}

for (const mode of ['sync', 'tick', 'immediate']) {
  scenario(`write/end order (${mode})`, () => {
    const w = trace(sink(mode, { highWaterMark: 4 }), 'w');
    for (const s of ['ab', 'cd', 'e', 'fgh']) {
      log('write', s, w.write(s, (err) => log('  cb', s, show(err))), w.writableLength, w.writableNeedDrain);
    }
    w.end('z', (err) => log('  end cb', show(err)));
    log('after end', stateOf(w));
    w.on('finish', () => log('  finish handler', stateOf(w)));
    w.on('close', () => log('  close handler', stateOf(w)));
  });
}

scenario('drain counts with slow sink', async () => {
  const w = trace(sink('immediate', { highWaterMark: 3 }), 'w', { quiet: [] });
  let drains = 0;
  w.on('drain', () => { drains++; });
  let i = 0;
  function pump() {
    while (i < 12) {
      const ok = w.write(`c${i++}`);
      log('write', i, ok);
      if (!ok) { w.once('drain', pump); return; }
    }
    w.end();
  }
  pump();
  await new Promise((resolve) => w.on('finish', resolve));
  log('drains', drains);
});

scenario('cork/uncork with writev', () => {
  const w = trace(new Writable({
    write(chunk, enc, cb) { log('  _write', show(chunk)); cb(); },
    writev(chunks, cb) {
      log('  _writev', chunks.length, chunks.map((c) => `${show(c.chunk)}/${c.encoding}`).join(' '),
        chunks.allBuffers);
      process.nextTick(cb);
    },
  }), 'w');
  w.cork();
  w.write('a');
  w.write('b', () => log('  cb b'));
  w.cork();
  w.write('c');
  log('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
  w.uncork();
  log('after one uncork', w.writableCorked);
  w.uncork();
  log('after two', w.writableCorked, w.writableLength);
  process.nextTick(() => {
    w.cork();
    w.write('d');
    w.write('e');
    w.end('f');
    log('end uncorks', w.writableCorked);
  });
});

scenario('writev without cork while writing', () => {
  const w = trace(new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) { log('  _write', show(chunk), enc); setImmediate(cb); },
    writev(chunks, cb) {
      log('  _writev', chunks.map((c) => `${show(c.chunk)}/${c.encoding}`).join(' '), chunks.allBuffers);
      setImmediate(cb);
    },
  }), 'w');
  w.write('x');
  w.write('y');
  w.write(Buffer.from('z'));
  w.write('w', 'latin1', () => log('  cb w'));
  w.end();
});

scenario('only _writev', () => {
  const w = trace(new Writable({
    writev(chunks, cb) { log('  _writev', chunks.map((c) => show(c.chunk)).join(' ')); cb(); },
  }), 'w');
  w.write('1');
  w.write('2');
  w.end('3');
});

scenario('final', () => {
  const w = trace(new Writable({
    write(chunk, enc, cb) { log('  _write', show(chunk)); cb(); },
    final(cb) { log('  _final'); setImmediate(() => { log('  final done'); cb(); }); },
  }), 'w');
  w.write('a');
  w.end(() => log('  end cb'));
  log('ending', w.writableEnded, w.writableFinished);
});

scenario('final error', () => {
  const w = trace(new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  }), 'w');
  w.on('error', () => {});
  w.end('x', (err) => log('  end cb', show(err)));
});

scenario('final throws', () => {
  const w = trace(new Writable({
    write(chunk, enc, cb) { cb(); },
    final() { throw new Error('final threw'); },
  }), 'w');
  w.on('error', () => {});
  w.end();
});

scenario('write error (sync and async)', () => {
  const a = trace(new Writable({ write(chunk, enc, cb) { cb(new Error('sync fail')); } }), 'a');
  a.on('error', () => {});
  log('write', a.write('1', (err) => log('  cb1', show(err))));
  log('write', a.write('2', (err) => log('  cb2', show(err))));
  log(stateOf(a));
  const b = trace(new Writable({ write(chunk, enc, cb) { setImmediate(cb, new Error('async fail')); } }), 'b');
  b.on('error', () => {});
  b.write('1', (err) => log('  b cb1', show(err)));
  b.write('2', (err) => log('  b cb2', show(err)));
  b.end((err) => log('  b end cb', show(err)));
});

scenario('write after end and end twice', () => {
  const w = trace(sink('sync'), 'w');
  w.on('error', () => {});
  w.end('a');
  log('write after end', w.write('b', (err) => log('  cb', show(err))));
  w.end((err) => log('  second end cb', show(err)));
  w.on('finish', () => w.end((err) => log('  end after finish', show(err))));
});

scenario('multiple callback', () => {
  const w = trace(new Writable({ write(chunk, enc, cb) { cb(); cb(); } }), 'w');
  w.on('error', () => {});
  w.write('x');
});

scenario('invalid writes', () => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const [label, fn] of [
    ['null', () => w.write(null)],
    ['number', () => w.write(5)],
    ['object', () => w.write({})],
    ['bad encoding', () => w.write('x', 'nope')],
    ['setDefaultEncoding bad', () => w.setDefaultEncoding('nope')],
  ]) {
    try { log(label, fn()); } catch (e) { log(label, show(e)); }
  }
  log('setDefaultEncoding', w.setDefaultEncoding('HEX') === w, w._writableState.defaultEncoding);
  const o = new Writable({ objectMode: true, write(c, e, cb) { log('  obj', show(c), e); cb(); } });
  o.write({ a: 1 });
  o.write(7);
  o.write('s');
  try { o.write(null); } catch (e) { log('obj null', show(e)); }
  o.write(undefined);
});

scenario('decodeStrings and encodings', () => {
  const w = new Writable({
    decodeStrings: false,
    write(c, e, cb) { log('  got', show(c), e); cb(); },
  });
  w.write('abc');
  w.write('616263', 'hex');
  w.write(Buffer.from('buf'));
  w.write(new Uint8Array([104, 105]));
  const d = new Writable({ defaultEncoding: 'base64', write(c, e, cb) { log('  decoded', show(c), e); cb(); } });
  d.write('aGk=');
  d.write('6869', 'hex');
  d.write('x', 'utf16le');
});

scenario('getters and state', () => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  log(stateOf(w), w.writableHighWaterMark, w.writableObjectMode, w.writableCorked);
  w.write('abc');
  w.write('de');
  log(w.writableLength, w.writableBuffer.length, w._writableState.bufferedRequestCount,
    w._writableState.getBuffer().length, w._writableState.length);
  log('Writable()', Writable({ write() {} }) instanceof Writable);
  const util = require('util');
  function Old(opts) { Writable.call(this, opts); }
  util.inherits(Old, Writable);
  Old.prototype._write = function (c, e, cb) { log('  old write', show(c)); cb(); };
  const o = trace(new Old(), 'old');
  o.end('hi');
});

scenario('destroy while writing', () => {
  const w = trace(sink('immediate'), 'w');
  w.write('a', (err) => log('  cb a', show(err)));
  w.write('b', (err) => log('  cb b', show(err)));
  w.end((err) => log('  end cb', show(err)));
  w.destroy();
  log('after destroy', stateOf(w));
  log('write after destroy', w.write('c', (err) => log('  cb c', show(err))));
});

scenario('destroy with error while buffered', () => {
  const w = trace(sink('immediate'), 'w');
  w.on('error', () => {});
  w.write('a', (err) => log('  cb a', show(err)));
  w.write('b', (err) => log('  cb b', show(err)));
  w.destroy(new Error('boom'));
  log(stateOf(w));
});

scenario('hwm 0 and needDrain', () => {
  const w = trace(sink('tick', { highWaterMark: 0 }), 'w');
  log('write', w.write('a'), w.writableNeedDrain);
  log('write', w.write('b'), w.writableNeedDrain);
  w.end();
});

scenario('emitClose false and autoDestroy false', () => {
  const a = trace(sink('sync', { emitClose: false }), 'a');
  a.end('x');
  const b = trace(sink('sync', { autoDestroy: false }), 'b');
  b.end('y');
  b.on('finish', () => log('  b destroyed?', b.destroyed));
});

scenario('pipe on writable', () => {
  const w = trace(sink('sync'), 'w');
  w.on('error', () => {});
  w.pipe();
});

scenario('many sync writes share a tick', () => {
  const w = trace(sink('sync', { highWaterMark: 100 }), 'w', { quiet: [] });
  for (let i = 0; i < 5; i++) w.write(`${i}`, () => log('  cb', i));
  process.nextTick(() => log('tick'));
  w.end();
});

run();
