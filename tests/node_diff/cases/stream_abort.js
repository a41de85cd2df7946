// AbortSignals in node:stream: pipeline's { signal }, finished's
// { signal }, addAbortSignal and the signal option (needs the
// AbortController global).
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

scenario('promises pipeline with signal', async () => {
  const ac = new AbortController();
  const r = new Readable({ objectMode: true, read() {} });
  r.push('a');
  const p = sp.pipeline(r, collect('sig'), { signal: ac.signal });
  setImmediate(() => ac.abort());
  try { await p; } catch (e) { log('aborted', show(e), r.destroyed); }
  try {
    await sp.pipeline(src(['a']), collect('pre'), { signal: AbortSignal.abort() });
  } catch (e) { log('pre-aborted', show(e)); }
});

scenario('finished with signal', () => {
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => log('  finished', show(err), show(err && err.cause)));
  ac.abort(new Error('why'));
});

scenario('addAbortSignal', () => {
  const ac = new AbortController();
  const r = trace(stream.addAbortSignal(ac.signal, new Readable({ read() {} })), 'r');
  r.on('error', () => {});
  ac.abort();
  const w = trace(new Writable({ signal: AbortSignal.abort('early'), write(c, e, cb) { cb(); } }), 'w');
  w.on('error', (e) => log('  w error cause', show(e.cause)));
  try { stream.addAbortSignal('x', r); } catch (e) { log('threw', show(e)); }
  try { stream.addAbortSignal(ac.signal, {}); } catch (e) { log('threw', show(e)); }
});

run();
