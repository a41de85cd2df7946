// Byte streams vs Node: BYOB reads of many sizes and view types against
// enqueued chunks and byobRequest responses, `min`, autoAllocateChunkSize,
// respondWithNewView, buffer transfer (detached views), close with partial
// elements, releaseLock with pending pull-intos, and the errors.
// Node's BYOB read() settles a tick or two after the spec's timing, so
// each read here is awaited before anything else is observed.
'use strict';
const { log, watch, attempt, drain, scenario, done, show } =
  require('./webstreams/harness.js');

// A deterministic PRNG (xorshift32) for generated read plans.
function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

async function settle(label, promise) {
  try {
    log(label, await promise);
  } catch (error) {
    log(label, 'rejected', error);
  }
}

(async () => {
  await scenario('enqueued chunks read through BYOB views of several sizes', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) {
        c.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
        c.enqueue(new Uint8Array([6, 7, 8]));
        c.enqueue(new Uint8Array([9, 10, 11, 12, 13, 14, 15, 16]));
        c.close();
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    for (const size of [2, 4, 1, 6, 8, 8]) {
      await settle(`read(${size})`, reader.read(new Uint8Array(size)));
    }
    await settle('closed', reader.closed);
  });

  await scenario('typed views: element alignment', async () => {
    const make = () => new ReadableStream({
      type: 'bytes',
      start(c) {
        c.enqueue(new Uint8Array([1, 0, 2, 0, 3]));
        c.enqueue(new Uint8Array([0, 4, 0, 0, 0, 5, 0, 0, 0]));
        c.close();
      },
    });
    for (const View of [Uint16Array, Int32Array, Float64Array, DataView, BigUint64Array]) {
      const reader = make().getReader({ mode: 'byob' });
      for (let i = 0; i < 4; i++) {
        const view = View === DataView ? new DataView(new ArrayBuffer(3)) : new View(2);
        await settle(`${View.name} read ${i}`, reader.read(view));
      }
    }
  });

  await scenario('views with offsets into larger buffers', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array([10, 20, 30, 40, 50, 60])); c.close(); },
    });
    const reader = rs.getReader({ mode: 'byob' });
    const buffer = new ArrayBuffer(8);
    const view = new Uint8Array(buffer, 2, 3);
    const p = reader.read(view);
    log('view after read call', view.byteLength, buffer.byteLength);
    const r = await p;
    log('result', r, 'new buffer length', r.value.buffer.byteLength);
    await settle('next', reader.read(new Uint8Array(new ArrayBuffer(10), 5, 5)));
  });

  await scenario('pull with byobRequest: respond sizes', async () => {
    for (const chunkSize of [1, 3, 4]) {
      let pulls = 0;
      const rs = new ReadableStream({
        type: 'bytes',
        pull(c) {
          const req = c.byobRequest;
          log('pull', pulls, 'view', req.view.byteOffset, req.view.byteLength,
              'desiredSize', c.desiredSize);
          if (pulls++ === 3) { c.close(); req.respond(0); return; }
          const n = Math.min(chunkSize, req.view.byteLength);
          for (let i = 0; i < n; i++) req.view[i] = pulls * 10 + i;
          req.respond(n);
          log('  after respond byobRequest', c.byobRequest);
        },
      });
      const reader = rs.getReader({ mode: 'byob' });
      for (let i = 0; i < 5; i++) await settle(`read ${i}`, reader.read(new Uint8Array(4)));
    }
  });

  await scenario('min option', async () => {
    let pulls = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        log('pull', pulls++, 'view length', req.view.byteLength);
        req.view[0] = pulls;
        req.respond(1);
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    await settle('min 3 of 4', reader.read(new Uint8Array(4), { min: 3 }));
    await settle('min 4 of 4', reader.read(new Uint8Array(4), { min: 4 }));
    await settle('min 2 Uint16', reader.read(new Uint16Array(3), { min: 2 }));
    await settle('min 0', reader.read(new Uint8Array(4), { min: 0 }));
    await settle('min 5 > length', reader.read(new Uint8Array(4), { min: 5 }));
    await settle('min 5 DataView', reader.read(new DataView(new ArrayBuffer(4)), { min: 5 }));
    await settle('min NaN', reader.read(new Uint8Array(4), { min: NaN }));
    await settle('min -1', reader.read(new Uint8Array(4), { min: -1 }));
  });

  await scenario('min with enqueued data and close', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); },
    });
    const reader = rs.getReader({ mode: 'byob' });
    await settle('min 3 with 2 bytes left then close', reader.read(new Uint8Array(4), { min: 3 }));
    await settle('closed', reader.closed);
  });

  await scenario('respondWithNewView', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const view = c.byobRequest.view;
        const next = new Uint8Array(view.buffer, view.byteOffset, 2);
        next.set([42, 43]);
        c.byobRequest.respondWithNewView(next);
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    await settle('read', reader.read(new Uint8Array(5)));
    const errors = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        const view = req.view;
        attempt('different offset', () => req.respondWithNewView(new Uint8Array(view.buffer, view.byteOffset + 1, 1)));
        attempt('different buffer size', () => req.respondWithNewView(new Uint8Array(view.byteLength + 1)));
        attempt('too long', () => req.respondWithNewView(new Uint8Array(view.buffer, view.byteOffset, view.byteLength + 1)));
        attempt('zero length', () => req.respondWithNewView(new Uint8Array(view.buffer, view.byteOffset, 0)));
        attempt('not a view', () => req.respondWithNewView({}));
        req.respond(1);
        attempt('after respond', () => req.respondWithNewView(new Uint8Array(1)));
        attempt('view after respond', () => req.view);
      },
    });
    await settle('read', errors.getReader({ mode: 'byob' }).read(new Uint8Array(4)));
  });

  await scenario('respond errors', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        attempt('respond(0) while readable', () => req.respond(0));
        attempt('respond(too many)', () => req.respond(req.view.byteLength + 1));
        // (respond(-1) and respond(NaN) are left out: Node 20 takes -1.)
        req.respond(2);
        attempt('respond twice', () => req.respond(1));
      },
    });
    await settle('read', rs.getReader({ mode: 'byob' }).read(new Uint8Array(4)));
    const closing = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        c.close();
        attempt('respond(1) after close', () => req.respond(1));
        req.respond(0);
      },
    });
    await settle('read', closing.getReader({ mode: 'byob' }).read(new Uint8Array(4)));
  });

  await scenario('buffers are transferred', async () => {
    let controller;
    const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const chunk = new Uint8Array([1, 2, 3]);
    controller.enqueue(chunk);
    log('enqueued chunk now', chunk.byteLength, chunk.buffer.byteLength);
    attempt('enqueue detached', () => controller.enqueue(chunk));
    const reader = rs.getReader({ mode: 'byob' });
    const view = new Uint8Array(8);
    const p = reader.read(view);
    log('read view now', view.byteLength);
    const r = await p;
    log('got', r);
    await settle('read detached view', reader.read(view));
  });

  await scenario('default reader on a byte stream', async () => {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.enqueue(new Uint16Array([0x0102])); },
      pull(c) { log('pull, byobRequest', c.byobRequest); c.close(); },
    });
    const reader = rs.getReader();
    for (let i = 0; i < 3; i++) log('read', await reader.read());
  });

  await scenario('autoAllocateChunkSize', async () => {
    let pulls = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 6,
      pull(c) {
        const req = c.byobRequest;
        log('pull', pulls, 'view', req && req.view.byteLength);
        if (pulls++ === 2) { c.close(); req.respond(0); return; }
        req.view.set([pulls, pulls, pulls].slice(0, req.view.byteLength));
        req.respond(3);
      },
    });
    const reader = rs.getReader();
    for (let i = 0; i < 4; i++) log('read', await reader.read());
    const rs2 = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 4,
      pull(c) { log('pull2 view', c.byobRequest.view.byteLength); c.enqueue(new Uint8Array([9])); },
    });
    const r2 = rs2.getReader();
    log('enqueue instead of respond', await r2.read());
    const br = (r2.releaseLock(), rs2.getReader({ mode: 'byob' }));
    log('byob on auto-allocating stream', await br.read(new Uint8Array(2)));
  });

  await scenario('releaseLock with a pending pull-into', async () => {
    let req;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) { req = c.byobRequest; log('pull', req.view.byteLength); },
    });
    const r1 = rs.getReader({ mode: 'byob' });
    const pending = r1.read(new Uint8Array(4));
    await drain();
    r1.releaseLock();
    await settle('pending read after release', pending);
    const view = req.view;
    view.set([7, 8]);
    req.respond(2);
    const r2 = rs.getReader();
    log('default read after respond', await r2.read());
  });

  await scenario('close with a partial element', async () => {
    let controller;
    const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    const p = reader.read(new Uint16Array(2));
    controller.enqueue(new Uint8Array([1]));
    attempt('close', () => controller.close());
    await settle('read', p);
    await settle('closed', reader.closed);
  });

  await scenario('cancel with pending BYOB reads', async () => {
    const rs = new ReadableStream({ type: 'bytes', cancel(r) { log('source cancel', r); } });
    const reader = rs.getReader({ mode: 'byob' });
    const a = reader.read(new Uint8Array(2));
    const b = reader.read(new Uint8Array(3));
    const c = reader.cancel('stop');
    await settle('a', a);
    await settle('b', b);
    await settle('cancel', c);
    await settle('read after cancel', reader.read(new Uint8Array(1)));
  });

  await scenario('error with pending BYOB reads', async () => {
    let controller;
    const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = rs.getReader({ mode: 'byob' });
    const a = reader.read(new Uint8Array(2));
    controller.error(new Error('bytes error'));
    attempt('enqueue after error', () => controller.enqueue(new Uint8Array(1)));
    attempt('close after error', () => controller.close());
    log('desiredSize', controller.desiredSize, 'byobRequest', controller.byobRequest);
    await settle('a', a);
    await settle('read after error', reader.read(new Uint8Array(1)));
  });

  await scenario('read argument errors', async () => {
    const reader = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
    await settle('no view', reader.read());
    await settle('number', reader.read(1));
    await settle('array', reader.read([1, 2]));
    await settle('ArrayBuffer', reader.read(new ArrayBuffer(2)));
    await settle('zero-length view', reader.read(new Uint8Array(0)));
    await settle('zero-length buffer', reader.read(new Uint8Array(new ArrayBuffer(0))));
    await settle('options number', reader.read(new Uint8Array(1), 1));
    reader.releaseLock();
    await settle('released', reader.read(new Uint8Array(1)));
    await settle('released closed', reader.closed);
  });

  await scenario('enqueue argument errors', async () => {
    let controller;
    new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    attempt('enqueue()', () => controller.enqueue());
    attempt('enqueue(1)', () => controller.enqueue(1));
    attempt('enqueue(ArrayBuffer)', () => controller.enqueue(new ArrayBuffer(1)));
    attempt('enqueue(empty view)', () => controller.enqueue(new Uint8Array(0)));
    attempt('enqueue(DataView)', () => controller.enqueue(new DataView(new ArrayBuffer(2))));
    controller.close();
    attempt('enqueue after close', () => controller.enqueue(new Uint8Array(1)));
    attempt('close twice', () => controller.close());
  });

  await scenario('byte stream constructor checks', async () => {
    attempt('size with bytes', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
    attempt('autoAllocateChunkSize 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
    attempt('hwm -1', () => new ReadableStream({ type: 'bytes' }, { highWaterMark: -1 }));
    let controller;
    new ReadableStream({ type: 'bytes', start(c) { controller = c; } }, { highWaterMark: 10 });
    log('desiredSize', controller.desiredSize, 'byobRequest', controller.byobRequest);
    controller.enqueue(new Uint8Array(4));
    log('desiredSize after 4 bytes', controller.desiredSize);
    new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    log('default hwm desiredSize', controller.desiredSize);
    attempt('getReader byob on default stream', () => new ReadableStream().getReader({ mode: 'byob' }));
    attempt('BYOB reader ctor on default stream', () => new ReadableStreamBYOBReader(new ReadableStream()));
  });

  // Generated plans: random chunk sizes enqueued, random BYOB view sizes and
  // types read; the bytes and the view shapes are compared with Node.
  for (let seed = 1; seed <= 24; seed++) {
    await scenario(`generated plan ${seed}`, async () => {
      const random = prng(seed * 7919);
      const total = 8 + Math.floor(random() * 40);
      const data = Array.from({ length: total }, (_, i) => (i * 37 + seed) & 255);
      let offset = 0;
      const viaPull = random() < 0.5;
      const rs = new ReadableStream({
        type: 'bytes',
        pull(c) {
          if (offset >= total) { c.close(); c.byobRequest?.respond(0); return; }
          const req = c.byobRequest;
          const size = 1 + Math.floor(random() * 7);
          const n = Math.min(size, total - offset);
          if (viaPull && req) {
            const m = Math.min(n, req.view.byteLength);
            req.view.set(data.slice(offset, offset + m));
            offset += m;
            req.respond(m);
          } else {
            c.enqueue(new Uint8Array(data.slice(offset, offset + n)));
            offset += n;
          }
        },
      });
      const reader = rs.getReader({ mode: 'byob' });
      const kinds = [Uint8Array, Uint16Array, Uint32Array, DataView];
      const seen = [];
      for (let i = 0; i < 40; i++) {
        const Kind = kinds[Math.floor(random() * kinds.length)];
        const length = 1 + Math.floor(random() * 6);
        const view = Kind === DataView ? new DataView(new ArrayBuffer(length)) :
          new Kind(length);
        const useMin = random() < 0.3;
        const min = useMin ? 1 + Math.floor(random() * (Kind === DataView ? length : length)) : undefined;
        let r;
        try {
          r = await reader.read(view, useMin ? { min } : undefined);
        } catch (error) {
          seen.push(`error ${show(error)}`);
          break;
        }
        seen.push(show(r));
        if (r.done) break;
      }
      log(`plan ${seed} (${total} bytes, ${viaPull ? 'respond' : 'enqueue'})`);
      for (const line of seen) log(' ', line);
    });
  }

  done();
})();
