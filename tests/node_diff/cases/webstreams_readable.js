// ReadableStream with default controllers vs Node: start/pull/cancel
// timing against microtask ticks, highWaterMark and desiredSize, queued
// chunks, close and error paths, reader closed promises.
'use strict';
const { log, watch, attempt, ticks, scenario, done } =
  require('./webstreams/harness.js');

(async () => {
  for (const hwm of [0, 1, 2, 3]) {
    await scenario(`pull-based source, highWaterMark ${hwm}`, async () => {
      let n = 0;
      const rs = new ReadableStream({
        start(c) { log('start desiredSize', c.desiredSize); },
        pull(c) {
          log('pull', n, 'desiredSize', c.desiredSize);
          c.enqueue(`chunk${n++}`);
          log('  after enqueue desiredSize', c.desiredSize);
          if (n === 5) c.close();
        },
        cancel(reason) { log('cancel', reason); },
      }, { highWaterMark: hwm });
      ticks(6);
      const reader = rs.getReader();
      watch('closed', reader.closed);
      for (let i = 0; i < 6; i++) watch(`read ${i}`, reader.read());
    });
  }

  await scenario('pull returns promises', async () => {
    let resolvePull;
    let n = 0;
    const rs = new ReadableStream({
      pull(c) {
        log('pull', n);
        return new Promise((resolve) => {
          resolvePull = () => { c.enqueue(n++); resolve(); };
        });
      },
    }, { highWaterMark: 2 });
    const reader = rs.getReader();
    await Promise.resolve();
    await Promise.resolve();
    for (let i = 0; i < 4; i++) {
      log('resolving pull');
      resolvePull();
      ticks(3);
      await new Promise((resolve) => setImmediate(resolve));
    }
    watch('read', reader.read());
    watch('read', reader.read());
  });

  await scenario('enqueue in start, size strategy', async () => {
    const rs = new ReadableStream({
      start(c) {
        for (const s of ['a', 'bb', 'ccc']) {
          c.enqueue(s);
          log('enqueued', s, 'desiredSize', c.desiredSize);
        }
      },
      pull(c) { log('pull desiredSize', c.desiredSize); },
    }, { highWaterMark: 5, size: (chunk) => chunk.length });
    const reader = rs.getReader();
    for (let i = 0; i < 3; i++) {
      const r = await reader.read();
      log('read', r);
    }
  });

  await scenario('size throws, returns bad values', async () => {
    for (const size of [() => { throw new Error('size!'); }, () => -1,
      () => NaN, () => Infinity, () => 'x', () => '3']) {
      let controller;
      const rs = new ReadableStream({ start(c) { controller = c; } },
                                    { size });
      attempt('enqueue', () => controller.enqueue('x'));
      const reader = rs.getReader();
      await watch('read', reader.read()).catch(() => {});
      attempt('desiredSize', () => controller.desiredSize);
    }
  });

  await scenario('start returns a promise', async () => {
    let resolveStart;
    const rs = new ReadableStream({
      start() {
        log('start');
        return new Promise((resolve) => { resolveStart = resolve; });
      },
      pull(c) { log('pull'); c.enqueue('x'); },
    });
    ticks(4);
    const reader = rs.getReader();
    watch('read', reader.read());
    await Promise.resolve();
    log('resolving start');
    resolveStart();
  });

  await scenario('start rejects, pull rejects, pull throws', async () => {
    const a = new ReadableStream({ start() { return Promise.reject(new Error('start failed')); } });
    watch('a closed', a.getReader().closed);
    const b = new ReadableStream({ pull() { return Promise.reject(new TypeError('pull failed')); } });
    const rb = b.getReader();
    watch('b read', rb.read());
    watch('b closed', rb.closed);
    const c = new ReadableStream({ pull() { throw new RangeError('pull threw'); } });
    const rc = c.getReader();
    watch('c read', rc.read());
    ticks(5);
    attempt('start throws', () => new ReadableStream({ start() { throw new Error('sync'); } }));
  });

  await scenario('close with queued chunks', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    controller.enqueue(1);
    controller.enqueue(2);
    controller.close();
    attempt('desiredSize after close', () => controller.desiredSize);
    attempt('enqueue after close', () => controller.enqueue(3));
    attempt('close twice', () => controller.close());
    const reader = rs.getReader();
    watch('closed', reader.closed);
    ticks(4);
    for (let i = 0; i < 4; i++) watch(`read ${i}`, reader.read());
  });

  await scenario('error with pending reads and queued chunks', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    const reader = rs.getReader();
    watch('read 0', reader.read());
    watch('read 1', reader.read());
    watch('closed', reader.closed);
    controller.error(new Error('boom'));
    attempt('desiredSize', () => controller.desiredSize);
    attempt('enqueue after error', () => controller.enqueue(1));
    attempt('error again', () => controller.error(new Error('again')));
    watch('read after error', reader.read());
    watch('cancel after error', reader.cancel('why'));
    reader.releaseLock();
    watch('closed after release', reader.closed);
    const r2 = rs.getReader();
    watch('new reader closed', r2.closed);
    watch('new reader read', r2.read());
  });

  await scenario('cancel', async () => {
    let pulls = 0;
    const rs = new ReadableStream({
      start(c) { c.enqueue('q1'); c.enqueue('q2'); },
      pull() { pulls++; },
      cancel(reason) {
        log('source cancel', reason);
        return new Promise((resolve) => Promise.resolve().then(resolve));
      },
    });
    const reader = rs.getReader();
    watch('read', reader.read());
    watch('cancel', reader.cancel('reason!'));
    watch('closed', reader.closed);
    watch('read after cancel', reader.read());
    ticks(5);
    await null;
    log('pulls', pulls);
    const cancelThrows = new ReadableStream({ cancel() { throw new Error('cancel threw'); } });
    watch('cancel throws', cancelThrows.cancel());
    const cancelRejects = new ReadableStream({ cancel() { return Promise.reject(new Error('cancel rejected')); } });
    watch('cancel rejects', cancelRejects.cancel());
    const closedStream = new ReadableStream({ start(c) { c.close(); } });
    watch('cancel closed', closedStream.cancel());
    const erroredStream = new ReadableStream({ start(c) { c.error('E'); } });
    watch('cancel errored', erroredStream.cancel());
  });

  await scenario('releaseLock with pending read and reacquire', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    const r1 = rs.getReader();
    watch('pending read', r1.read());
    watch('r1 closed', r1.closed);
    r1.releaseLock();
    log('locked after release', rs.locked);
    r1.releaseLock();
    const r2 = rs.getReader();
    log('locked', rs.locked);
    controller.enqueue('late');
    watch('r2 read', r2.read());
    controller.close();
    watch('r2 closed', r2.closed);
    watch('r1 read after release', r1.read());
    watch('r1 cancel after release', r1.cancel());
  });

  await scenario('desiredSize through the life of a stream', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: 3 });
    const sizes = [];
    sizes.push(controller.desiredSize);
    controller.enqueue(1); sizes.push(controller.desiredSize);
    controller.enqueue(2); sizes.push(controller.desiredSize);
    controller.enqueue(3); sizes.push(controller.desiredSize);
    controller.enqueue(4); sizes.push(controller.desiredSize);
    const reader = rs.getReader();
    await reader.read(); sizes.push(controller.desiredSize);
    await reader.read(); sizes.push(controller.desiredSize);
    controller.close(); sizes.push(controller.desiredSize);
    await reader.read(); sizes.push(controller.desiredSize);
    await reader.read(); sizes.push(controller.desiredSize);
    log('sizes', sizes);
  });

  await scenario('highWaterMark Infinity and fractional', async () => {
    let controller;
    new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: Infinity });
    log('desiredSize', controller.desiredSize);
    new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: 1.5, size: () => 0.5 });
    controller.enqueue(1);
    log('desiredSize', controller.desiredSize);
    new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: '4' });
    log('desiredSize from string', controller.desiredSize);
  });

  await scenario('chunks of any type', async () => {
    const values = [undefined, null, 0, '', false, { a: 1 }, [1, 2], Symbol.iterator];
    const rs = new ReadableStream({
      start(c) { for (const v of values) c.enqueue(v); c.close(); },
    });
    const reader = rs.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      log('chunk', typeof value, String(typeof value === 'symbol' ? value.description : JSON.stringify(value)));
    }
    const e = new ReadableStream({ start(c) { c.enqueue(); } }).getReader();
    log('enqueue() with no argument', await e.read());
  });

  await scenario('controller methods after stream is gone', async () => {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    await rs.cancel();
    attempt('enqueue after cancel', () => controller.enqueue(1));
    attempt('close after cancel', () => controller.close());
    attempt('error after cancel', () => controller.error(1));
    attempt('desiredSize after cancel', () => controller.desiredSize);
  });

  await scenario('disturbed and locked', async () => {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
    log('locked', rs.locked);
    const r = rs.getReader();
    log('locked', rs.locked);
    await r.read();
    r.releaseLock();
    log('locked', rs.locked);
    watch('cancel', rs.cancel());
    log('locked', rs.locked);
  });

  done();
})();
