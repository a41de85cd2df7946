// Readable: flowing vs paused mode, 'readable'/'data'/'end'/'close'
// order and tick timing, read(n) against the buffer and highWaterMark,
// push() return values, unshift, setEncoding, objectMode, getters.
'use strict';
const { Readable } = require('stream');
const { log, show, trace, stateOf, scenario, run } = require('./stream/trace.js');

function source(chunks, opts = {}) {
  let i = 0;
  return new Readable({
    ...opts,
    read(n) {
      log('  _read', n, i);
      if (i < chunks.length) this.push(chunks[i++]);
      else this.push(null);
    },
  });
}

scenario('flowing with data listener', () => {
  const r = trace(source(['ab', 'cd', 'ef']), 'r');
  r.on('data', (d) => log('  got', show(d)));
  log('sync end', stateOf(r));
  process.nextTick(() => log('tick1'));
  Promise.resolve().then(() => log('micro1'));
});

scenario('push before listener, sync pushes', () => {
  const r = trace(new Readable({ read() {} }), 'r');
  log('push a', r.push('a'));
  log('push b', r.push('b'));
  log('push null', r.push(null));
  log(stateOf(r));
  r.on('data', (d) => log('  got', show(d)));
  r.on('end', () => log('  end handler', stateOf(r)));
});

scenario('paused mode with readable', () => {
  const r = trace(source(['one', 'two', 'three']), 'r');
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) log('  read', show(chunk));
    log('  after loop', r.readableLength);
  });
  r.on('end', () => log('  end', stateOf(r)));
});

scenario('read(n) sizes', () => {
  const r = trace(new Readable({ read() {} }), 'r', { quiet: ['data'] });
  r.push('abcdef');
  r.push('ghij');
  log('read(2)', show(r.read(2)));
  log('read(5)', show(r.read(5)));
  log('read(10)', show(r.read(10)), r.readableLength);
  log('read(0)', show(r.read(0)));
  log('read()', show(r.read()));
  r.push('kl');
  r.push(null);
  log('read(10) after end', show(r.read(10)));
  log('read()', show(r.read()));
  log(stateOf(r));
});

scenario('highWaterMark and push return', () => {
  const r = trace(new Readable({ highWaterMark: 5, read() { log('  _read'); } }), 'r');
  for (const s of ['ab', 'cd', 'e', 'fg']) log('push', s, r.push(s), r.readableLength);
  log('read(3)', show(r.read(3)), r.readableLength);
  log('read(7) grows hwm', show(r.read(7)), r.readableHighWaterMark);
  log('read(1000)', show(r.read(1000)), r.readableHighWaterMark);
  log('read(2**20+1)', show(r.read(2 ** 20 + 1)), r.readableHighWaterMark);
  try { r.read(2 ** 31); } catch (e) { log('huge', show(e)); }
});

scenario('objectMode', () => {
  const r = trace(new Readable({ objectMode: true, read() {} }), 'r', { quiet: ['data'] });
  log('hwm', r.readableHighWaterMark, r.readableObjectMode);
  for (let i = 0; i < 18; i++) {
    const ret = r.push(i % 3 === 0 ? { n: i } : i % 3 === 1 ? `s${i}` : i);
    if (!ret) log('push false at', i, r.readableLength);
  }
  log('read(5)', show(r.read(5)), r.readableLength);
  log('read()', show(r.read()), r.readableLength);
  log('push 0', r.push(0), 'push ""', r.push(''), 'push false', r.push(false));
  const got = [];
  r.on('data', (d) => got.push(show(d)));
  r.on('end', () => log('  all', got.join(',')));
  r.push(null);
});

scenario('pause and resume', async () => {
  const r = trace(source(['a', 'b', 'c', 'd']), 'r');
  r.on('data', (d) => {
    log('  got', show(d), r.isPaused());
    if (String(d) === 'b') {
      r.pause();
      log('  paused', r.isPaused(), r.readableFlowing);
      setImmediate(() => { log('  resume'); r.resume(); });
    }
  });
  log('isPaused before tick', r.isPaused(), r.readableFlowing);
});

scenario('pause before data listener', () => {
  const r = trace(new Readable({ read() {} }), 'r');
  r.pause();
  r.on('data', (d) => log('  got', show(d)));
  r.push('x');
  log('flowing', r.readableFlowing, r.readableLength);
  setImmediate(() => { r.resume(); r.push(null); });
});

scenario('unshift', () => {
  const r = trace(new Readable({ read() {} }), 'r', { quiet: ['data'] });
  r.push('world');
  log('unshift', r.unshift('hello '));
  log('read()', show(r.read()));
  r.push('abc');
  const c = r.read(1);
  r.unshift(c);
  log('read(3)', show(r.read(3)));
  r.push(null);
  r.on('end', () => {
    log('  end');
    try { r.unshift('late'); } catch (e) { log('threw', show(e)); }
  });
  r.on('error', (e) => log('  error', show(e)));
  r.resume();
});

scenario('setEncoding', () => {
  const r = trace(new Readable({ read() {} }), 'r', { quiet: ['data'] });
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('utf8');
  log('encoding', r.readableEncoding, r.readableLength);
  r.push(Buffer.from([0xac, 0x41]));
  log('read()', show(r.read()));
  r.push('caf\u00e9');
  log('read(2)', show(r.read(2)), 'rest', show(r.read()));
  const h = new Readable({ encoding: 'hex', read() {} });
  h.push('AB');
  h.push(Buffer.from([1, 2, 255]));
  log('hex', show(h.read()));
  const b = new Readable({ encoding: 'base64', read() {} });
  b.push('abcd');
  b.push(null);
  b.on('data', (d) => log('  b64', show(d)));
  const l = new Readable({ read() {} });
  l.setEncoding('latin1');
  l.push(Buffer.from([0xe9, 0x41]));
  log('latin1', show(l.read()));
  const u = new Readable({ read() {} });
  u.push(Buffer.from([0xf0, 0x9f]));
  u.setEncoding('utf8');
  u.push(Buffer.from([0x98, 0x80]));
  u.push(Buffer.from([0xf0]));
  u.push(null);
  u.on('data', (d) => log('  utf8', show(d)));
});

scenario('push string with encoding', () => {
  const r = new Readable({ read() {} });
  r.push('68656c6c6f', 'hex');
  r.push('d29ybGQ=', 'base64');
  log('bytes', show(r.read()));
  const s = new Readable({ encoding: 'utf8', read() {} });
  s.push('6869', 'hex');
  s.unshift('4142', 'hex');
  log('str', show(s.read()));
  const t = new Readable({ defaultEncoding: 'hex', read() {} });
  t.push('4142');
  log('defaultEncoding', show(t.read()));
});

scenario('push invalid chunk', () => {
  const r = trace(new Readable({ read() {} }), 'r');
  r.on('error', () => {});
  log('push number', r.push(42));
  log(stateOf(r));
  const r2 = trace(new Readable({ read() {} }), 'r2');
  r2.on('error', () => {});
  r2.push(null);
  log('push after eof', r2.push('x'));
  const r3 = trace(new Readable({ objectMode: true, read() {} }), 'r3');
  log('push null obj', r3.push(null), r3.readableEnded);
});

scenario('empty pushes', () => {
  const r = trace(new Readable({ read() { log('  _read'); } }), 'r');
  log('push ""', r.push(''));
  log('push empty buf', r.push(Buffer.alloc(0)));
  log(r.readableLength);
  r.on('readable', () => log('  readable', show(r.read())));
  setImmediate(() => { r.push('z'); r.push(null); });
});

scenario('_read not implemented', () => {
  const r = trace(new Readable(), 'r');
  r.on('error', () => {});
  r.read();
  log(stateOf(r));
});

scenario('readable then data listener', () => {
  const r = trace(source(['p', 'q']), 'r');
  const onReadable = () => log('  readable len', r.readableLength);
  r.on('readable', onReadable);
  r.on('data', (d) => log('  data', show(d)));
  log('flowing', r.readableFlowing);
  setImmediate(() => {
    r.removeListener('readable', onReadable);
    log('removed readable', r.readableFlowing);
    process.nextTick(() => log('  tick flowing', r.readableFlowing));
  });
});

scenario('sync push in _read vs async push', () => {
  let n = 0;
  const r = trace(new Readable({
    highWaterMark: 4,
    read() {
      n++;
      log('  _read', n);
      if (n <= 2) this.push(`s${n}`);
      else if (n <= 4) setImmediate(() => this.push(`a${n}`));
      else setImmediate(() => this.push(null));
    },
  }), 'r');
  r.on('data', (d) => log('  data', show(d)));
});

scenario('getters', () => {
  const r = new Readable({ read() {} });
  log(stateOf(r), r.readableHighWaterMark, r.readableEncoding, r.readableObjectMode);
  r.push('a');
  log('didRead', r.readableDidRead, r.readableBuffer.length);
  r.read();
  log('didRead', r.readableDidRead);
  r.readableFlowing = true;
  log('flowing set', r.readableFlowing);
  log('paused state', r._readableState.paused, r._readableState.pipesCount,
    r._readableState.flowing, r._readableState.ended);
  log('Readable()', Readable({ read() {} }) instanceof Readable);
  log('subclass', typeof Readable.ReadableState, typeof Readable.prototype.wrap);
});

scenario('util.inherits and ES class', () => {
  const util = require('util');
  function Old(opts) { Readable.call(this, opts); this.n = 0; }
  util.inherits(Old, Readable);
  Old.prototype._read = function () { this.push(this.n < 3 ? `o${this.n++}` : null); };
  const o = trace(new Old({ highWaterMark: 2 }), 'old', { quiet: ['data'] });
  const got = [];
  o.on('data', (d) => got.push(String(d)));
  o.on('end', () => log('  old got', got.join(',')));
  class Counter extends Readable {
    constructor() { super({ objectMode: true }); this.i = 0; }
    _read() { this.push(this.i < 4 ? this.i++ : null); }
  }
  const c = trace(new Counter(), 'counter');
  c.on('readable', () => { let x; while ((x = c.read()) !== null) log('  c', x); });
});

scenario('resume without data listener', () => {
  const r = trace(source(['1', '2']), 'r');
  r.resume();
  log('flowing', r.readableFlowing);
});

scenario('end with readable listener only after end', () => {
  const r = trace(new Readable({ read() {} }), 'r');
  r.push('x');
  r.push(null);
  r.on('readable', () => log('  readable', show(r.read()), r.readableEnded));
});

run();
