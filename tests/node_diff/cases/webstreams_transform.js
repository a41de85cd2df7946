// TransformStream vs Node: transform/flush/start timing against ticks,
// back-pressure between the two sides, enqueue/error/terminate from the
// controller, errors thrown by the transformer, cancel of the readable and
// abort of the writable (the transformer's cancel()), strategies.
'use strict';
const { log, watch, attempt, ticks, drain, scenario, done } =
  require('./webstreams/harness.js');

(async () => {
  await scenario('identity transform', async () => {
    const ts = new TransformStream();
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    ticks(10);
    watch('write a', writer.write('a'));
    watch('write b', writer.write('b'));
    watch('close', writer.close());
    watch('read 1', reader.read());
    watch('read 2', reader.read());
    watch('read 3', reader.read());
    watch('readable closed', reader.closed);
    watch('writable closed', writer.closed);
  });

  await scenario('transform and flush with timing', async () => {
    const ts = new TransformStream({
      start(c) { log('start desiredSize', c.desiredSize); },
      transform(chunk, c) {
        log('transform', chunk, 'desiredSize', c.desiredSize);
        c.enqueue(`${chunk}!`);
        c.enqueue(`${chunk}?`);
        log('  after enqueue desiredSize', c.desiredSize);
      },
      flush(c) { log('flush'); c.enqueue('end'); },
    });
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    log('writer desiredSize', writer.desiredSize);
    ticks(14);
    watch('write x', writer.write('x'));
    log('writer desiredSize', writer.desiredSize);
    watch('write y', writer.write('y'));
    watch('close', writer.close());
    for (let i = 0; i < 6; i++) watch(`read ${i}`, reader.read());
  });

  await scenario('back-pressure: writes wait for reads', async () => {
    const ts = new TransformStream({
      transform(chunk, c) { log('transform', chunk); c.enqueue(chunk); },
    }, { highWaterMark: 2 }, { highWaterMark: 1 });
    const writer = ts.writable.getWriter();
    for (let i = 0; i < 5; i++) {
      watch(`write ${i}`, writer.write(i));
      log('desiredSize', writer.desiredSize);
    }
    watch('ready', writer.ready);
    await drain();
    const reader = ts.readable.getReader();
    for (let i = 0; i < 5; i++) {
      log('read', await reader.read());
      await drain();
      log('writer desiredSize', writer.desiredSize);
    }
  });

  await scenario('async transform and flush', async () => {
    const ts = new TransformStream({
      async transform(chunk, c) {
        log('transform start', chunk);
        await Promise.resolve();
        c.enqueue(chunk * 2);
        log('transform end', chunk);
      },
      async flush(c) {
        log('flush start');
        await null;
        log('flush end');
      },
    });
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    ticks(16);
    watch('write 1', writer.write(1));
    watch('write 2', writer.write(2));
    watch('close', writer.close());
    watch('read 1', reader.read());
    watch('read 2', reader.read());
    watch('read 3', reader.read());
  });

  await scenario('transform throws', async () => {
    const ts = new TransformStream({
      transform(chunk) { if (chunk === 2) throw new Error('bad chunk'); },
      flush() { log('flush never'); },
    });
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    ticks(8);
    watch('write 1', writer.write(1));
    watch('write 2', writer.write(2));
    watch('write 3', writer.write(3));
    watch('read', reader.read());
    watch('readable closed', reader.closed);
    watch('writable closed', writer.closed);
  });

  await scenario('flush throws / rejects', async () => {
    for (const flush of [() => { throw new Error('flush threw'); },
      () => Promise.reject(new Error('flush rejected'))]) {
      const ts = new TransformStream({ flush });
      const writer = ts.writable.getWriter();
      const reader = ts.readable.getReader();
      watch('close', writer.close());
      watch('read', reader.read());
      watch('writable closed', writer.closed);
      await drain();
    }
  });

  await scenario('start throws and rejects', async () => {
    attempt('start throws', () => new TransformStream({ start() { throw new Error('start threw'); } }));
    const ts = new TransformStream({ start() { return Promise.reject(new Error('start rejected')); } });
    watch('readable closed', ts.readable.getReader().closed);
    watch('writable closed', ts.writable.getWriter().closed);
  });

  await scenario('controller.error', async () => {
    let controller;
    const ts = new TransformStream({ start(c) { controller = c; } });
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    controller.error(new Error('ctrl error'));
    attempt('enqueue after error', () => controller.enqueue(1));
    attempt('desiredSize after error', () => controller.desiredSize);
    attempt('error again', () => controller.error(new Error('again')));
    attempt('terminate after error', () => controller.terminate());
    watch('write', writer.write(1));
    watch('read', reader.read());
    watch('writable closed', writer.closed);
  });

  await scenario('controller.terminate', async () => {
    let controller;
    const ts = new TransformStream({
      start(c) { controller = c; },
      transform(chunk, c) { log('transform', chunk); c.enqueue(chunk); if (chunk === 'stop') c.terminate(); },
      flush() { log('flush never'); },
    });
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    watch('write go', writer.write('go'));
    watch('write stop', writer.write('stop'));
    watch('write after', writer.write('after'));
    for (let i = 0; i < 3; i++) watch(`read ${i}`, reader.read());
    watch('writable closed', writer.closed);
    await drain();
    attempt('enqueue after terminate', () => controller.enqueue('x'));
    attempt('desiredSize after terminate', () => controller.desiredSize);
    attempt('terminate twice', () => controller.terminate());
  });

  await scenario('readable.cancel calls transformer.cancel', async () => {
    const ts = new TransformStream({
      cancel(reason) { log('transformer.cancel', reason); },
      flush() { log('flush never'); },
    });
    const writer = ts.writable.getWriter();
    ticks(8);
    watch('cancel', ts.readable.cancel('reader gone'));
    watch('writable closed', writer.closed);
    watch('write', writer.write(1));
  });

  await scenario('writable.abort calls transformer.cancel', async () => {
    const ts = new TransformStream({
      cancel(reason) { log('transformer.cancel', reason); },
    });
    const reader = ts.readable.getReader();
    // Node settles the abort a tick after the spec: the ticks stop before.
    ticks(3);
    watch('abort', ts.writable.abort('writer gone'));
    watch('readable closed', reader.closed);
    watch('read', reader.read());
  });

  await scenario('transformer.cancel rejects', async () => {
    const ts = new TransformStream({ cancel() { return Promise.reject(new Error('cancel failed')); } });
    const writer = ts.writable.getWriter();
    watch('cancel', ts.readable.cancel('r'));
    watch('writable closed', writer.closed);
    const ts2 = new TransformStream({ cancel() { throw new Error('cancel threw'); } });
    const reader = ts2.readable.getReader();
    watch('abort', ts2.writable.abort('a'));
    watch('readable closed', reader.closed);
  });

  await scenario('cancel then close, close then cancel', async () => {
    const ts = new TransformStream({
      cancel(r) { log('cancel', r); },
      flush() { log('flush'); return new Promise((r) => Promise.resolve().then(r)); },
    });
    const writer = ts.writable.getWriter();
    watch('close', writer.close());
    watch('readable cancel during flush', ts.readable.cancel('late'));
    await drain();
    const ts2 = new TransformStream({ cancel(r) { log('cancel2', r); } });
    const w2 = ts2.writable.getWriter();
    watch('readable cancel', ts2.readable.cancel('first'));
    watch('close after cancel', w2.close());
  });

  await scenario('readable strategy with size', async () => {
    let controller;
    const ts = new TransformStream({ start(c) { controller = c; } }, undefined,
                                   { highWaterMark: 10, size: (c) => c.length });
    log('desiredSize', controller.desiredSize);
    controller.enqueue('abcd');
    log('desiredSize', controller.desiredSize);
    controller.enqueue('efghijklm');
    log('desiredSize', controller.desiredSize);
    const writer = ts.writable.getWriter();
    log('writer desiredSize', writer.desiredSize);
    watch('ready', writer.ready);
    const reader = ts.readable.getReader();
    log('read', await reader.read());
    await drain();
    log('desiredSize', controller.desiredSize);
  });

  await scenario('enqueue with a throwing size', async () => {
    const ts = new TransformStream({
      transform(chunk, c) {
        try { c.enqueue(chunk); } catch (e) { log('enqueue threw', e); throw e; }
      },
    }, undefined, { size() { throw new Error('size threw'); } });
    const writer = ts.writable.getWriter();
    watch('write', writer.write('x'));
    watch('readable closed', ts.readable.getReader().closed);
  });

  await scenario('constructor checks', async () => {
    attempt('readableType', () => new TransformStream({ readableType: 'bytes' }));
    attempt('writableType', () => new TransformStream({ writableType: 'bytes' }));
    attempt('transform not callable', () => new TransformStream({ transform: 1 }));
    attempt('flush not callable', () => new TransformStream({ flush: 'x' }));
    attempt('transformer null', () => new TransformStream(null));
    attempt('transformer 1', () => new TransformStream(1));
    attempt('writable hwm -1', () => new TransformStream({}, { highWaterMark: -1 }));
    attempt('readable hwm NaN', () => new TransformStream({}, {}, { highWaterMark: NaN }));
    attempt('writableStrategy 1', () => new TransformStream({}, 1));
    attempt('readableStrategy 1', () => new TransformStream({}, {}, 1));
    attempt('strategy size 1', () => new TransformStream({}, { size: 1 }));
    const ts = new TransformStream();
    log('sides', ts.readable instanceof ReadableStream, ts.writable instanceof WritableStream,
        ts.readable === ts.readable);
    attempt('controller ctor', () => new TransformStreamDefaultController());
  });

  await scenario('transformer methods: this and arguments', async () => {
    const transformer = {
      start(c) { log('start', this === transformer, arguments.length); },
      transform(chunk, c) { log('transform', this === transformer, arguments.length); c.enqueue(chunk); },
      flush(c) { log('flush', this === transformer, arguments.length); },
    };
    const ts = new TransformStream(transformer);
    const writer = ts.writable.getWriter();
    writer.write('a');
    writer.close();
    const reader = ts.readable.getReader();
    while (!(await reader.read()).done) { /* drain */ }
  });

  done();
})();
