// Generated pipelines vs Node (seeded PRNG): a pull source (random
// highWaterMark, chunk count, pulls that settle after a random number of
// microtask hops, an error at a random point), 0-2 TransformStreams
// (random strategies, async transforms, 0-2 chunks out per chunk in, a
// failing chunk), and a sink (random highWaterMark, async writes, a
// failing write, a failing close) joined by pipeThrough/pipeTo, or read
// and written by hand. Every callback and settlement is logged with the
// microtask tick it happened in.
'use strict';
const { log, drain, scenario, done } = require('./webstreams/harness.js');

function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
}

let tick = 0;
function startClock(limit) {
  tick = 0;
  const step = () => {
    tick++;
    if (tick < limit) Promise.resolve().then(step);
  };
  Promise.resolve().then(step);
}
const at = (...parts) => log(`[${tick}]`, ...parts);

function hops(n) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => {});
  return p;
}

function makeSource(random, id) {
  const count = Math.floor(random() * 6);
  const errorAt = random() < 0.2 ? Math.floor(random() * (count + 1)) : -1;
  const delay = random() < 0.5 ? Math.floor(random() * 4) : -1;
  const hwm = Math.floor(random() * 4);
  let n = 0;
  at(`source${id}`, 'count', count, 'errorAt', errorAt, 'delay', delay, 'hwm', hwm);
  return new ReadableStream({
    pull(c) {
      at('source.pull', n, 'desiredSize', c.desiredSize);
      const act = () => {
        if (n === errorAt) { at('source.error'); c.error(new Error(`source error ${n}`)); return; }
        if (n === count) { at('source.close'); c.close(); return; }
        c.enqueue(`s${n++}`);
      };
      if (delay < 0) { act(); return undefined; }
      return hops(delay).then(act);
    },
    cancel(reason) { at('source.cancel', reason); },
  }, { highWaterMark: hwm });
}

function makeTransform(random, id) {
  const fanOut = Math.floor(random() * 3);
  const delay = random() < 0.5 ? Math.floor(random() * 3) : -1;
  const failOn = random() < 0.2 ? `s${Math.floor(random() * 4)}` : null;
  const flushEnqueues = random() < 0.5;
  const whwm = 1 + Math.floor(random() * 2);
  const rhwm = Math.floor(random() * 3);
  at(`transform${id}`, 'fanOut', fanOut, 'delay', delay, 'failOn', failOn, 'hwm', whwm, rhwm);
  return new TransformStream({
    transform(chunk, c) {
      at(`t${id}.transform`, chunk, 'desiredSize', c.desiredSize);
      const act = () => {
        if (String(chunk).startsWith(failOn)) throw new Error(`t${id} failed on ${chunk}`);
        for (let i = 0; i < fanOut; i++) c.enqueue(`${chunk}.${id}${i}`);
      };
      if (delay < 0) { act(); return undefined; }
      return hops(delay).then(act);
    },
    flush(c) {
      at(`t${id}.flush`);
      if (flushEnqueues) c.enqueue(`flush${id}`);
    },
    cancel(reason) { at(`t${id}.cancel`, reason); },
  }, { highWaterMark: whwm }, { highWaterMark: rhwm });
}

function makeSink(random) {
  const hwm = 1 + Math.floor(random() * 3);
  const delay = random() < 0.6 ? Math.floor(random() * 4) : -1;
  const failAt = random() < 0.2 ? Math.floor(random() * 4) : -1;
  const closeFails = random() < 0.1;
  let n = 0;
  at('sink', 'hwm', hwm, 'delay', delay, 'failAt', failAt, 'closeFails', closeFails);
  return new WritableStream({
    write(chunk, c) {
      const i = n++;
      at('sink.write', chunk);
      const act = () => {
        if (i === failAt) throw new Error(`sink failed at ${i}`);
      };
      if (delay < 0) { act(); return undefined; }
      return hops(delay).then(act);
    },
    close() {
      at('sink.close');
      if (closeFails) throw new Error('sink close failed');
    },
    abort(reason) { at('sink.abort', reason); },
  }, { highWaterMark: hwm });
}

async function byHand(random, readable, sink) {
  const reader = readable.getReader();
  const writer = sink.getWriter();
  for (let i = 0; i < 12; i++) {
    let result;
    try {
      result = await reader.read();
    } catch (error) {
      at('read rejected', error);
      writer.abort(error).then(() => at('writer.abort fulfilled'),
                               (e) => at('writer.abort rejected', e));
      return;
    }
    at('read', result);
    if (result.done) {
      writer.close().then(() => at('writer.close fulfilled'),
                          (e) => at('writer.close rejected', e));
      return;
    }
    at('writer.desiredSize', writer.desiredSize);
    writer.write(result.value).then(() => at('write fulfilled', result.value),
                                    (e) => at('write rejected', result.value, e));
    if (random() < 0.5) {
      await writer.ready.then(() => at('ready'), (e) => at('ready rejected', e));
    }
    if (random() < 0.08) {
      at('cancel by hand');
      await reader.cancel('hand cancel').then(() => at('cancel fulfilled'));
      return;
    }
  }
  reader.cancel('enough');
}

// Seeds left out: 64 closes the source while the sink's last write is in
// flight and that write fails. The spec waits for the write, then closes
// (rejected: the sink errored) or, with preventClose, fulfills; Node 20
// rejects at once with the write's error, skipping the action.
const skip = new Set([64]);

(async () => {
  for (let seed = 1; seed <= 160; seed++) {
    if (skip.has(seed)) continue;
    await scenario(`pipeline ${seed}`, async () => {
      const random = prng(seed * 2654435761);
      startClock(200);
      let readable = makeSource(random, 0);
      const transforms = Math.floor(random() * 3);
      for (let i = 0; i < transforms; i++) {
        readable = readable.pipeThrough(makeTransform(random, i + 1));
      }
      const sink = makeSink(random);
      if (random() < 0.6) {
        const options = {
          preventClose: random() < 0.15,
          preventAbort: random() < 0.15,
          preventCancel: random() < 0.15,
        };
        at('pipeTo', JSON.stringify(options));
        await readable.pipeTo(sink, options).then(() => at('pipeTo fulfilled'),
                                                  (e) => at('pipeTo rejected', e));
      } else {
        at('by hand');
        await byHand(random, readable, sink);
      }
      await drain();
    });
  }
  done();
})();
