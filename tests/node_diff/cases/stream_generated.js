// Generated stream scenarios (seeded PRNG, no timing dependence): random
// high-water marks, chunk sizes, object/byte mode, read patterns
// (flowing, read(n) loops, pause/resume), sink timing (sync, nextTick,
// setImmediate), cork/uncork and writev. Each scenario prints its write()
// return values, 'drain' count, event sequence and the data that came out.
'use strict';
const { Readable, Writable, Transform, PassThrough } = require('stream');

let seed = 0x2545f491;
function rand(n) {
  // xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
function pick(list) { return list[rand(list.length)]; }

function later(mode, fn) {
  if (mode === 'sync') fn();
  else if (mode === 'tick') process.nextTick(fn);
  else if (mode === 'micro') Promise.resolve().then(fn);
  else setImmediate(fn);
}

function makeChunks(objectMode, count) {
  const chunks = [];
  for (let i = 0; i < count; i++) {
    if (objectMode) chunks.push({ i, s: 'x'.repeat(rand(4)) });
    else chunks.push(String.fromCharCode(97 + (i % 26)).repeat(1 + rand(7)));
  }
  return chunks;
}

function eventLog(stream, tag, events) {
  const emit = stream.emit;
  stream.emit = function (ev, ...args) {
    if (typeof ev === 'string' && ev !== 'data') events.push(`${tag}.${ev}`);
    return Reflect.apply(emit, this, [ev, ...args]);
  };
}

// Writes chunks into a Writable by hand, honouring back-pressure.
function writerScenario(n) {
  return new Promise((resolve) => {
    const objectMode = rand(3) === 0;
    const hwm = rand(4) === 0 ? 0 : 1 + rand(12);
    const timing = pick(['sync', 'tick', 'micro', 'immediate']);
    const useWritev = rand(2) === 0;
    const chunks = makeChunks(objectMode, 3 + rand(10));
    const events = [];
    const written = [];
    const returns = [];
    const opts = {
      objectMode,
      highWaterMark: hwm,
      write(chunk, enc, cb) { written.push(objectMode ? chunk.i : String(chunk)); later(timing, cb); },
    };
    if (useWritev) {
      opts.writev = function (list, cb) {
        written.push(`[${list.map((c) => (objectMode ? c.chunk.i : String(c.chunk))).join('+')}]`);
        later(timing, cb);
      };
    }
    const w = new Writable(opts);
    eventLog(w, 'w', events);
    let drains = 0;
    w.on('drain', () => { drains++; });
    let i = 0;
    const corkAt = rand(chunks.length);
    function pump() {
      while (i < chunks.length) {
        if (i === corkAt && rand(2) === 0) {
          w.cork();
          events.push('cork');
          process.nextTick(() => { w.uncork(); events.push('uncork'); });
        }
        const ok = w.write(chunks[i++], () => events.push(`cb${i}`));
        returns.push(ok ? 1 : 0);
        if (!ok) { w.once('drain', pump); return; }
      }
      w.end(() => events.push('endcb'));
    }
    pump();
    w.on('close', () => {
      console.log(`W${n} obj=${objectMode} hwm=${hwm} ${timing} writev=${useWritev} ret=${returns.join('')} drains=${drains}`);
      console.log(`  out=${written.join(',')}`);
      console.log(`  ev=${events.join(' ')}`);
      resolve();
    });
  });
}

// Reads a Readable in one of several ways.
function readerScenario(n) {
  return new Promise((resolve) => {
    const objectMode = rand(3) === 0;
    const hwm = 1 + rand(10);
    const timing = pick(['sync', 'tick', 'micro', 'immediate']);
    const chunks = makeChunks(objectMode, 2 + rand(8));
    const mode = pick(['data', 'readable', 'readn', 'pause', 'iter']);
    const events = [];
    const pushes = [];
    let i = 0;
    const r = new Readable({
      objectMode,
      highWaterMark: hwm,
      read() {
        events.push('_read');
        const push = () => {
          const ret = this.push(i < chunks.length ? chunks[i++] : null);
          pushes.push(ret ? 1 : 0);
          if (rand(3) === 0 && i < chunks.length) pushes.push(this.push(chunks[i++]) ? 1 : 0);
        };
        later(timing, push);
      },
    });
    eventLog(r, 'r', events);
    const got = [];
    const take = (c) => got.push(objectMode ? c.i : String(c));
    const finish = () => {
      console.log(`R${n} obj=${objectMode} hwm=${hwm} ${timing} ${mode} pushes=${pushes.join('')}`);
      console.log(`  got=${got.join('|')}`);
      console.log(`  ev=${events.join(' ')}`);
      resolve();
    };
    r.on('close', () => setImmediate(finish));
    if (mode === 'data') {
      r.on('data', take);
    } else if (mode === 'readable') {
      r.on('readable', () => { let c; while ((c = r.read()) !== null) take(c); });
    } else if (mode === 'readn') {
      const size = 1 + rand(6);
      r.on('readable', () => { let c; while ((c = r.read(size)) !== null) take(c); events.push(`len${r.readableLength}`); });
    } else if (mode === 'pause') {
      r.on('data', (c) => {
        take(c);
        if (got.length % 2 === 1) {
          r.pause();
          setImmediate(() => r.resume());
        }
      });
    } else {
      (async () => { for await (const c of r) take(c); })();
    }
  });
}

// A pipe chain: source -> transform(s) -> slow sink.
function pipeScenario(n) {
  return new Promise((resolve) => {
    const objectMode = rand(2) === 0;
    const chunks = makeChunks(objectMode, 3 + rand(10));
    const events = [];
    let i = 0;
    const src = new Readable({
      objectMode,
      highWaterMark: 1 + rand(8),
      read() { this.push(i < chunks.length ? chunks[i++] : null); },
    });
    const stages = [src];
    const transforms = rand(3);
    for (let k = 0; k < transforms; k++) {
      const dup = rand(2) === 0;
      stages.push(new Transform({
        objectMode,
        highWaterMark: 1 + rand(8),
        transform(chunk, enc, cb) {
          if (dup) this.push(chunk);
          later(pick(['sync', 'tick', 'immediate']), () => cb(null, chunk));
        },
        flush(cb) { events.push(`flush${k}`); cb(); },
      }));
    }
    if (rand(2) === 0) stages.push(new PassThrough({ objectMode, highWaterMark: 1 + rand(4) }));
    const got = [];
    const sinkTiming = pick(['sync', 'tick', 'immediate']);
    const sink = new Writable({
      objectMode,
      highWaterMark: 1 + rand(6),
      write(chunk, enc, cb) { got.push(objectMode ? chunk.i : String(chunk)); later(sinkTiming, cb); },
    });
    stages.push(sink);
    stages.forEach((s, k) => eventLog(s, `s${k}`, events));
    let drains = 0;
    sink.on('drain', () => { drains++; });
    for (let k = 0; k + 1 < stages.length; k++) stages[k].pipe(stages[k + 1]);
    sink.on('close', () => setImmediate(() => {
      console.log(`P${n} obj=${objectMode} stages=${stages.length} ${sinkTiming} drains=${drains}`);
      console.log(`  got=${got.join('|')}`);
      console.log(`  ev=${events.join(' ')}`);
      resolve();
    }));
  });
}

(async () => {
  for (let n = 0; n < 60; n++) await writerScenario(n);
  for (let n = 0; n < 60; n++) await readerScenario(n);
  for (let n = 0; n < 40; n++) await pipeScenario(n);
})();
