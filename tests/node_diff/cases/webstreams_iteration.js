// Async iteration of ReadableStream and ReadableStream.from() vs Node:
// for await with break/return/throw, preventCancel, next()/return() called
// directly (queued behind each other), errors mid-stream, from() with
// async and sync iterables, generators, thenables and bad iterators.
// Node's iterator next() and from()'s pulls settle a tick or two away from
// WebIDL's and the spec's timing, so results are compared in order, not
// against microtask ticks.
'use strict';
const { log, watch, attempt, drain, scenario, done } =
  require('./webstreams/harness.js');

function counter(name, count) {
  let n = 0;
  return new ReadableStream({
    pull(c) {
      if (n === count) { log(`${name}.pull -> close`); c.close(); return; }
      log(`${name}.pull ->`, n);
      c.enqueue(n++);
    },
    cancel(reason) { log(`${name}.cancel`, reason); },
  });
}

(async () => {
  await scenario('for await over all chunks', async () => {
    const rs = counter('src', 3);
    for await (const chunk of rs) log('chunk', chunk);
    log('locked after loop', rs.locked);
  });

  await scenario('break cancels the stream', async () => {
    const rs = counter('src', 10);
    for await (const chunk of rs) {
      log('chunk', chunk);
      if (chunk === 1) break;
    }
    log('locked after break', rs.locked);
    watch('read after break', rs.getReader().read());
  });

  await scenario('break with preventCancel', async () => {
    const rs = counter('src', 10);
    for await (const chunk of rs.values({ preventCancel: true })) {
      log('chunk', chunk);
      if (chunk === 1) break;
    }
    log('locked after break', rs.locked);
    const reader = rs.getReader();
    log('continue reading', await reader.read());
  });

  await scenario('throw inside the loop', async () => {
    const rs = counter('src', 10);
    try {
      for await (const chunk of rs) {
        log('chunk', chunk);
        throw new Error('loop body threw');
      }
    } catch (error) {
      log('caught', error);
    }
    log('locked', rs.locked);
  });

  await scenario('stream errors mid-iteration', async () => {
    let n = 0;
    const rs = new ReadableStream({
      pull(c) {
        if (n === 2) c.error(new Error('mid-stream'));
        else c.enqueue(n++);
      },
    });
    try {
      for await (const chunk of rs) log('chunk', chunk);
    } catch (error) {
      log('caught', error);
    }
    log('locked', rs.locked);
  });

  await scenario('next() and return() called directly', async () => {
    const rs = counter('src', 5);
    const it = rs[Symbol.asyncIterator]();
    watch('next 1', it.next());
    watch('next 2', it.next());
    watch('return', it.return('bye'));
    watch('next after return', it.next());
    watch('return again', it.return('again'));
  });

  await scenario('return() before any next()', async () => {
    const rs = counter('src', 5);
    const it = rs.values();
    watch('return', it.return('early'));
    watch('next', it.next());
  });

  await scenario('return() with preventCancel, next() after end', async () => {
    const rs = counter('src', 1);
    const it = rs.values({ preventCancel: true });
    watch('next 1', it.next());
    watch('next 2', it.next());
    watch('next 3', it.next());
    watch('return', it.return('x'));
  });

  await scenario('iterator is locked to the stream', async () => {
    const rs = new ReadableStream();
    const it = rs.values();
    log('locked', rs.locked);
    attempt('second iterator', () => rs.values());
    attempt('getReader', () => rs.getReader());
    await it.return();
    log('locked after return', rs.locked);
    attempt('values after return', () => typeof rs.values());
    log('same function', ReadableStream.prototype.values === ReadableStream.prototype[Symbol.asyncIterator]);
  });

  await scenario('iterating a closed and an errored stream', async () => {
    const closed = new ReadableStream({ start(c) { c.close(); } });
    for await (const x of closed) log('never', x);
    log('closed stream done');
    const errored = new ReadableStream({ start(c) { c.error(new Error('dead')); } });
    try {
      for await (const x of errored) log('never', x);
    } catch (error) {
      log('caught', error);
    }
  });

  await scenario('from(array)', async () => {
    const rs = ReadableStream.from([1, 'two', { three: 3 }]);
    log('is ReadableStream', rs instanceof ReadableStream);
    for await (const x of rs) log('chunk', typeof x === 'object' ? JSON.stringify(x) : x);
  });

  await scenario('from(async generator) with timing', async () => {
    async function* gen() {
      log('gen start');
      yield 'a';
      log('gen after a');
      yield 'b';
      log('gen end');
    }
    const rs = ReadableStream.from(gen());
    const reader = rs.getReader();
    watch('read 1', reader.read());
    watch('read 2', reader.read());
    watch('read 3', reader.read());
  });

  await scenario('from(sync generator yielding promises)', async () => {
    function* gen() {
      yield 1;
      yield Promise.resolve(2);
      yield 3;
    }
    const reader = ReadableStream.from(gen()).getReader();
    watch('read 1', reader.read());
    watch('read 2', reader.read());
    watch('read 3', reader.read());
    watch('read 4', reader.read());
  });

  await scenario('from: cancel calls return()', async () => {
    const iterable = {
      [Symbol.asyncIterator]() {
        let n = 0;
        return {
          next() { log('next'); return Promise.resolve({ value: n++, done: false }); },
          return(reason) { log('return', reason); return Promise.resolve({ done: true }); },
        };
      },
    };
    const rs = ReadableStream.from(iterable);
    const reader = rs.getReader();
    log('read', await reader.read());
    await watch('cancel', reader.cancel('enough'));
    const noReturn = ReadableStream.from({
      [Symbol.asyncIterator]() { return { next() { return { done: true }; } }; },
    });
    await watch('cancel without return()', noReturn.cancel('x'));
    const badReturn = ReadableStream.from({
      [Symbol.asyncIterator]() { return { next() { return {}; }, return() { return 5; } }; },
    });
    await watch('cancel with non-object return()', badReturn.cancel('x')).catch(() => {});
    function* sync() { try { yield 1; yield 2; } finally { log('sync finally'); } }
    const fromSync = ReadableStream.from(sync());
    const r2 = fromSync.getReader();
    log('read', await r2.read());
    await watch('cancel sync', r2.cancel('stop'));
  });

  await scenario('from: bad iterators', async () => {
    attempt('from(1)', () => ReadableStream.from(1));
    attempt('from({})', () => ReadableStream.from({}));
    attempt('from(undefined)', () => ReadableStream.from(undefined));
    attempt('from("ab")', () => typeof ReadableStream.from('ab'));
    const rejects = ReadableStream.from({
      [Symbol.asyncIterator]() { return { next() { return Promise.reject(new Error('next rejected')); } }; },
    });
    await watch('next rejects', rejects.getReader().read()).catch(() => {});
    const throws = ReadableStream.from({
      [Symbol.asyncIterator]() { return { next() { throw new Error('next threw'); } }; },
    });
    await watch('next throws', throws.getReader().read()).catch(() => {});
    const notObject = ReadableStream.from({
      [Symbol.asyncIterator]() { return { next() { return 42; } }; },
    });
    await watch('next returns non-object', notObject.getReader().read()).catch(() => {});
    const fromString = ReadableStream.from('hi');
    const chunks = [];
    for await (const c of fromString) chunks.push(c);
    log('from string', chunks);
  });

  await scenario('from: iterator methods read once', async () => {
    let gets = 0;
    const iterator = {
      get next() { gets++; let n = 0; return () => ({ value: n, done: n++ > 1 }); },
    };
    const rs = ReadableStream.from({ [Symbol.asyncIterator]: () => iterator });
    for await (const x of rs) log('x', x);
    log('next read', gets, 'time(s)');
  });

  await scenario('async iteration over a byte stream', async () => {
    let n = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        if (n === 3) c.close();
        else c.enqueue(new Uint8Array([n++]));
      },
    });
    for await (const chunk of rs) log('chunk', chunk);
  });

  await scenario('async iteration across pipeThrough', async () => {
    const out = counter('src', 3).pipeThrough(new TransformStream({
      transform(chunk, c) { c.enqueue(chunk * 10); },
    }));
    for await (const x of out) log('out', x);
    await drain();
  });

  done();
})();
