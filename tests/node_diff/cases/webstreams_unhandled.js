// Streams that error with nobody watching must not raise unhandled
// rejections (the spec marks its internal promises handled); a read()
// the program drops does, as in Node (exit code 1).
'use strict';
const { log, drain } = require('./webstreams/harness.js');

(async () => {
  // Errored streams whose closed/ready promises nobody looks at.
  const rs = new ReadableStream({ start(c) { c.error(new Error('r')); } });
  rs.getReader();
  const bytes = new ReadableStream({ type: 'bytes', start(c) { c.error(new Error('b')); } });
  bytes.getReader({ mode: 'byob' });
  const ws = new WritableStream({ start(c) { c.error(new Error('w')); } });
  ws.getWriter();
  const ws2 = new WritableStream({ write() { throw new Error('write failed'); } });
  const w2 = ws2.getWriter();
  w2.write(1).catch(() => log('write rejection seen'));
  const ts = new TransformStream({ transform() { throw new Error('t'); } });
  ts.writable.getWriter().write(1).catch(() => log('transform rejection seen'));
  ts.readable.getReader();
  const [a, b] = new ReadableStream({ start(c) { c.error(new Error('tee')); } }).tee();
  a.getReader(); b.getReader();
  new ReadableStream({ start(c) { c.error(new Error('pipe')); } })
    .pipeThrough(new TransformStream()).getReader();
  const released = new ReadableStream().getReader();
  released.releaseLock();
  const wr = new WritableStream().getWriter();
  wr.releaseLock();
  const aborted = new WritableStream();
  aborted.getWriter().abort('gone');
  await drain();
  await drain();
  log('no unhandled rejection so far');
  // A dropped read() of an errored stream is the program's own rejection:
  // fatal (exit code 1) in both.
  new ReadableStream({ start(c) { c.error(new Error('dropped read')); } }).getReader().read();
  await drain();
  log('not reached');
})();
