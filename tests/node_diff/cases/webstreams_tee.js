// ReadableStream.prototype.tee() vs Node: default and byte streams, reads
// on one or both branches, cancel of one and both (composite reason),
// errors from the source, pull timing against microtask ticks, BYOB reads
// of tee'd byte branches.
'use strict';
const { log, watch, attempt, ticks, drain, scenario, done } =
  require('./webstreams/harness.js');

function countingSource(name, count, { type } = {}) {
  let n = 0;
  return {
    type,
    pull(c) {
      log(`${name}.pull`, n);
      if (n >= count) { c.close(); return; }
      if (type === 'bytes') c.enqueue(new Uint8Array([n, n + 1, n + 2]));
      else c.enqueue(`${name}${n}`);
      n++;
    },
    cancel(reason) { log(`${name}.cancel`, reason); },
  };
}

(async () => {
  await scenario('default tee, reads interleaved with ticks', async () => {
    const [a, b] = new ReadableStream(countingSource('src', 3)).tee();
    const ra = a.getReader();
    const rb = b.getReader();
    // Node closes tee branches from a later job than the spec's close
    // steps: the ticks stop before that.
    ticks(4);
    for (let i = 0; i < 4; i++) {
      watch(`a read ${i}`, ra.read());
      watch(`b read ${i}`, rb.read());
    }
    watch('a closed', ra.closed);
    watch('b closed', rb.closed);
  });

  await scenario('default tee, one branch reads ahead', async () => {
    const [a, b] = new ReadableStream(countingSource('src', 4)).tee();
    const ra = a.getReader();
    for (let i = 0; i < 5; i++) log('a', await ra.read());
    const rb = b.getReader();
    for (let i = 0; i < 5; i++) log('b', await rb.read());
  });

  await scenario('default tee shares chunk objects', async () => {
    const chunk = { id: 1 };
    const [a, b] = new ReadableStream({ start(c) { c.enqueue(chunk); c.close(); } }).tee();
    const x = await a.getReader().read();
    const y = await b.getReader().read();
    log('same object', x.value === y.value, x.value === chunk);
  });

  await scenario('cancel one branch, then the other', async () => {
    const src = countingSource('src', 10);
    const rs = new ReadableStream(src);
    const [a, b] = rs.tee();
    ticks(6);
    watch('cancel a', a.cancel('reason A'));
    const rb = b.getReader();
    watch('b read', rb.read());
    await drain();
    watch('cancel b', rb.cancel('reason B'));
    watch('b closed', rb.closed);
  });

  await scenario('cancel both branches: composite reason', async () => {
    const rs = new ReadableStream({
      cancel(reason) {
        log('source cancel', reason);
        return new Promise((r) => Promise.resolve().then(() => r('ignored')));
      },
    });
    const [a, b] = rs.tee();
    ticks(8);
    watch('cancel a', a.cancel(1));
    watch('cancel b', b.cancel(2));
  });

  await scenario('source cancel rejects', async () => {
    const rs = new ReadableStream({ cancel() { throw new Error('no cancel'); } });
    const [a, b] = rs.tee();
    watch('cancel a', a.cancel());
    watch('cancel b', b.cancel());
  });

  await scenario('source errors', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    const [a, b] = rs.tee();
    const ra = a.getReader();
    const rb = b.getReader();
    watch('a read', ra.read());
    watch('a closed', ra.closed);
    watch('b closed', rb.closed);
    ticks(5);
    controller.error(new Error('source failed'));
    watch('b read after error', rb.read());
  });

  await scenario('source errors after one branch canceled', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    const [a, b] = rs.tee();
    watch('cancel a', a.cancel('a'));
    await drain();
    controller.error(new Error('late error'));
    watch('b closed', b.getReader().closed);
  });

  await scenario('source closes with a pending read on one branch', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    const [a, b] = rs.tee();
    const ra = a.getReader();
    watch('a read', ra.read());
    controller.enqueue('x');
    controller.close();
    ticks(5);
    await drain();
    const rb = b.getReader();
    watch('b read 1', rb.read());
    watch('b read 2', rb.read());
  });

  await scenario('tee of tee', async () => {
    const [a, b] = new ReadableStream(countingSource('s', 2)).tee();
    const [c, d] = a.tee();
    for (const [name, s] of [['b', b], ['c', c], ['d', d]]) {
      const r = s.getReader();
      for (;;) {
        const { value, done: end } = await r.read();
        log(name, value, end);
        if (end) break;
      }
    }
  });

  await scenario('tee locks the source', async () => {
    const rs = new ReadableStream();
    const branches = rs.tee();
    log('source locked', rs.locked, 'branches', branches.length, branches[0].locked);
    attempt('tee again', () => rs.tee());
    attempt('getReader', () => rs.getReader());
  });

  await scenario('byte stream tee, default reads', async () => {
    const rs = new ReadableStream(countingSource('bytes', 3, { type: 'bytes' }));
    const [a, b] = rs.tee();
    const ra = a.getReader();
    const rb = b.getReader();
    ticks(8);
    for (let i = 0; i < 4; i++) {
      watch(`a read ${i}`, ra.read());
      watch(`b read ${i}`, rb.read());
    }
  });

  await scenario('byte stream tee: branch 2 gets a copy', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); },
    });
    const [a, b] = rs.tee();
    const x = await a.getReader().read();
    const y = await b.getReader().read();
    log('values', x.value, y.value, 'same buffer', x.value.buffer === y.value.buffer);
    x.value[0] = 99;
    log('after write to a', y.value);
  });

  await scenario('byte stream tee, BYOB reads of several sizes', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        log('source pull, byobRequest', req ? req.view.byteLength : null);
        if (req) {
          req.view.fill(7);
          req.respond(Math.min(2, req.view.byteLength));
        } else {
          c.enqueue(new Uint8Array([5, 5, 5, 5, 5]));
        }
      },
    });
    const [a, b] = rs.tee();
    const ra = a.getReader({ mode: 'byob' });
    const rb = b.getReader();
    log('a byob', await ra.read(new Uint8Array(3)));
    log('b default', await rb.read());
    log('a byob', await ra.read(new Uint8Array(1)));
    log('b default', await rb.read());
    log('b default', await rb.read());
    ra.releaseLock();
    const ra2 = a.getReader();
    log('a default', await ra2.read());
  });

  await scenario('byte stream tee: close and cancel', async () => {
    let controller;
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) { controller = c; },
      cancel(r) { log('source cancel', r); },
    });
    const [a, b] = rs.tee();
    const ra = a.getReader({ mode: 'byob' });
    const pending = ra.read(new Uint8Array(4));
    controller.close();
    log('a byob after close', await pending);
    watch('b read', b.getReader().read());
    await drain();
    const rs2 = new ReadableStream({ type: 'bytes', cancel(r) { log('source2 cancel', r); } });
    const [c, d] = rs2.tee();
    watch('cancel c', c.cancel('c!'));
    watch('cancel d', d.cancel('d!'));
  });

  await scenario('byte stream tee: source error', async () => {
    let controller;
    const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const [a, b] = rs.tee();
    const ra = a.getReader({ mode: 'byob' });
    const read = ra.read(new Uint8Array(2));
    const closed = b.getReader().closed;
    controller.error(new Error('bytes failed'));
    // BYOB read() settles later in Node than in the spec: awaited in turn.
    await watch('a byob read', read).catch(() => {});
    await watch('b closed', closed).catch(() => {});
  });

  done();
})();
