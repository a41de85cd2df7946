// WritableStream vs Node: back-pressure between a writer and its sink
// (desiredSize, ready), write/close ordering, abort in every state, sink
// errors, controller.error(), releaseLock, the controller's signal.
'use strict';
const { log, watch, attempt, ticks, drain, scenario, done } =
  require('./webstreams/harness.js');

function recordingSink(name, { async = false, fail = -1 } = {}) {
  const pending = [];
  let n = 0;
  const sink = {
    start(c) { log(`${name}.start`); sink.controller = c; },
    write(chunk) {
      const i = n++;
      log(`${name}.write`, chunk);
      if (i === fail) return Promise.reject(new Error(`write ${i} failed`));
      if (!async) return undefined;
      return new Promise((resolve) => pending.push(resolve));
    },
    close() { log(`${name}.close`); },
    abort(reason) { log(`${name}.abort`, reason); },
    settle() { const r = pending.shift(); if (r) r(); return !!r; },
  };
  return sink;
}

(async () => {
  for (const hwm of [0, 1, 3]) {
    await scenario(`back-pressure, highWaterMark ${hwm}`, async () => {
      const sink = recordingSink('sink', { async: true });
      const ws = new WritableStream(sink, { highWaterMark: hwm });
      const writer = ws.getWriter();
      log('desiredSize', writer.desiredSize);
      watch('ready 0', writer.ready);
      await drain();
      for (let i = 0; i < 4; i++) {
        watch(`write ${i}`, writer.write(`c${i}`));
        log('desiredSize after write', i, writer.desiredSize);
        watch(`ready after write ${i}`, writer.ready);
      }
      ticks(4);
      await drain();
      while (sink.settle()) {
        log('settled one write; desiredSize', writer.desiredSize);
        await drain();
      }
      watch('close', writer.close());
      log('desiredSize closing', writer.desiredSize);
      await drain();
      log('desiredSize closed', writer.desiredSize);
      watch('closed', writer.closed);
    });
  }

  await scenario('size strategy', async () => {
    const ws = new WritableStream({ write(c) { log('write', c); } },
                                  { highWaterMark: 10, size: (c) => c.length });
    const writer = ws.getWriter();
    for (const s of ['abc', 'defgh', 'ij', 'klmnopq']) {
      writer.write(s);
      log('desiredSize', writer.desiredSize);
    }
    await drain();
    log('desiredSize after drain', writer.desiredSize);
    const bad = new WritableStream({}, { size: () => { throw new Error('size threw'); } });
    const w2 = bad.getWriter();
    watch('write with throwing size', w2.write('x'));
    watch('closed', w2.closed);
    watch('ready', w2.ready);
    const neg = new WritableStream({}, { size: () => -1 });
    const w3 = neg.getWriter();
    watch('write with negative size', w3.write('x'));
    watch('closed', w3.closed);
  });

  await scenario('write and close ordering', async () => {
    ticks(8);
    const sink = recordingSink('sink');
    const ws = new WritableStream(sink);
    const writer = ws.getWriter();
    watch('write a', writer.write('a'));
    watch('write b', writer.write('b'));
    watch('close', writer.close());
    watch('closed', writer.closed);
    watch('write after close', writer.write('c'));
    watch('close twice', writer.close());
    watch('ready', writer.ready);
  });

  await scenario('start returning a promise delays writes', async () => {
    let resolveStart;
    const ws = new WritableStream({
      start() { log('start'); return new Promise((r) => { resolveStart = r; }); },
      write(c) { log('write', c); },
      close() { log('close'); },
    });
    const writer = ws.getWriter();
    watch('write', writer.write(1));
    watch('close', writer.close());
    ticks(3);
    await drain();
    log('resolving start');
    resolveStart();
    ticks(6);
  });

  await scenario('start rejects', async () => {
    const ws = new WritableStream({ start() { return Promise.reject(new Error('no start')); } });
    const writer = ws.getWriter();
    watch('write', writer.write(1));
    watch('closed', writer.closed);
    watch('ready', writer.ready);
    ticks(6);
  });

  await scenario('sink write fails', async () => {
    const sink = recordingSink('sink', { fail: 1 });
    const ws = new WritableStream(sink);
    const writer = ws.getWriter();
    for (let i = 0; i < 4; i++) watch(`write ${i}`, writer.write(i));
    watch('close', writer.close());
    watch('closed', writer.closed);
    ticks(8);
    await drain();
    attempt('desiredSize', () => writer.desiredSize);
    watch('write after error', writer.write('late'));
  });

  await scenario('sink close fails', async () => {
    const ws = new WritableStream({ close() { throw new Error('close failed'); } });
    const writer = ws.getWriter();
    watch('write', writer.write(1));
    watch('close', writer.close());
    watch('closed', writer.closed);
    ticks(6);
  });

  await scenario('abort in each state', async () => {
    for (const when of ['idle', 'writing', 'closing', 'closed', 'errored', 'erroring']) {
      log('-- abort while', when);
      const sink = recordingSink('sink', { async: true });
      const ws = new WritableStream(sink);
      const writer = ws.getWriter();
      await drain();
      if (when === 'writing') watch('write', writer.write('w'));
      if (when === 'closing') watch('close', writer.close());
      if (when === 'closed') { await writer.close(); }
      if (when === 'errored') { sink.controller.error(new Error('E')); }
      if (when === 'erroring') { watch('write', writer.write('w')); await drain(); sink.controller.error(new Error('E2')); }
      watch('abort', writer.abort(`reason-${when}`));
      watch('abort again', writer.abort('again'));
      watch('closed', writer.closed);
      watch('ready', writer.ready);
      attempt('desiredSize', () => writer.desiredSize);
      await drain();
      sink.settle();
      await drain();
    }
  });

  await scenario('abort rejects, abort throws', async () => {
    const a = new WritableStream({ abort() { return Promise.reject(new Error('abort rejected')); } });
    watch('abort', a.abort('x'));
    const b = new WritableStream({ abort() { throw new Error('abort threw'); } });
    watch('abort', b.abort('y'));
    const w = b.getWriter();
    watch('closed', w.closed);
  });

  await scenario('controller.error', async () => {
    let controller;
    const ws = new WritableStream({
      start(c) { controller = c; },
      write(chunk) { log('write', chunk); },
    });
    const writer = ws.getWriter();
    watch('write 1', writer.write(1));
    await drain();
    controller.error(new Error('ctrl error'));
    controller.error(new Error('ignored'));
    watch('write 2', writer.write(2));
    watch('closed', writer.closed);
    watch('ready', writer.ready);
    attempt('desiredSize', () => writer.desiredSize);
    watch('ws.abort', (writer.releaseLock(), ws.abort()));
    watch('ws.close', ws.close());
  });

  await scenario('releaseLock and getWriter again', async () => {
    const ws = new WritableStream({ write(c) { log('write', c); } }, { highWaterMark: 0 });
    const w1 = ws.getWriter();
    const ready = w1.ready;
    const closed = w1.closed;
    watch('write before release', w1.write('x'));
    w1.releaseLock();
    watch('old ready', ready);
    watch('old closed', closed);
    watch('ready after release', w1.ready);
    watch('closed after release', w1.closed);
    attempt('desiredSize after release', () => w1.desiredSize);
    watch('write after release', w1.write('y'));
    watch('close after release', w1.close());
    watch('abort after release', w1.abort());
    w1.releaseLock();
    log('locked', ws.locked);
    const w2 = ws.getWriter();
    log('locked', ws.locked);
    attempt('getWriter while locked', () => ws.getWriter());
    attempt('new writer while locked', () => new WritableStreamDefaultWriter(ws));
    watch('w2 write', w2.write('z'));
    watch('w2 close', w2.close());
    await drain();
    w2.releaseLock();
    const w3 = ws.getWriter();
    watch('w3 closed', w3.closed);
    watch('w3 ready', w3.ready);
    log('w3 desiredSize', w3.desiredSize);
  });

  await scenario('ws.close and ws.abort without a writer', async () => {
    const ws = new WritableStream({ close() { log('sink close'); } });
    watch('close', ws.close());
    watch('close again', ws.close());
    await drain();
    watch('abort closed', ws.abort());
  });

  await scenario('controller.signal', async () => {
    let controller;
    const ws = new WritableStream({
      start(c) { controller = c; },
      write() { return new Promise(() => {}); },
      abort(reason) { log('sink abort', reason, 'signal aborted', controller.signal.aborted); },
    });
    const signal = controller.signal;
    log('signal', Object.prototype.toString.call(signal), signal.aborted);
    signal.addEventListener('abort', () => log('abort event', signal.reason));
    const writer = ws.getWriter();
    writer.write('hang');
    await drain();
    watch('abort', writer.abort('stop'));
    log('aborted now', signal.aborted, signal.reason);
    log('same signal', controller.signal === signal);
  });

  await scenario('sink method this and arguments', async () => {
    const sink = {
      start(c) { log('start', this === sink, arguments.length); },
      write(chunk, c) { log('write', this === sink, arguments.length, chunk); },
      close() { log('close', this === sink, arguments.length); },
    };
    const writer = new WritableStream(sink).getWriter();
    writer.write('a');
    await writer.close();
    const sink2 = { abort(r) { log('abort', this === sink2, arguments.length, r); } };
    await new WritableStream(sink2).abort('why');
  });

  done();
})();
