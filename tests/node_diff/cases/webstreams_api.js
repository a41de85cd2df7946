// The Streams API surface vs Node: classes and prototypes (names, lengths,
// descriptors, toStringTag), brand checks (ERR_INVALID_THIS), illegal
// constructors, argument errors (name, code, message), locked/releaseLock
// errors, queuing strategies, and console.log/util.inspect output.
'use strict';
const util = require('util');
const { log, watch, attempt, drain, scenario, done } =
  require('./webstreams/harness.js');

const classes = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
  'ReadableStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController',
  'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
];

function describe(proto, key) {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  if ('value' in d) {
    return typeof d.value === 'function' ?
      `method(${d.value.length}) ${d.value.name} e=${d.enumerable} w=${d.writable} c=${d.configurable}` :
      `value ${String(d.value)} e=${d.enumerable} w=${d.writable} c=${d.configurable}`;
  }
  return `accessor get=${d.get && d.get.name} set=${d.set && d.set.name} e=${d.enumerable} c=${d.configurable}`;
}

(async () => {
  await scenario('globals and prototypes', async () => {
    for (const name of classes) {
      const C = globalThis[name];
      const g = Object.getOwnPropertyDescriptor(globalThis, name);
      log(name, typeof C, C.name, 'global e/w/c', g.enumerable, g.writable, g.configurable);
      const keys = Object.getOwnPropertyNames(C.prototype);
      log('  keys', keys.join(','));
      for (const key of keys) {
        if (key === 'constructor') continue;
        log('  ', key, describe(C.prototype, key));
      }
      log('  toStringTag', C.prototype[Symbol.toStringTag],
          Object.prototype.toString.call(C.prototype));
      log('  prototype of prototype is Object.prototype',
          Object.getPrototypeOf(C.prototype) === Object.prototype);
    }
    log('ReadableStream.from', describe(ReadableStream, 'from'));
    log('asyncIterator', describe(ReadableStream.prototype, Symbol.asyncIterator));
    log('stream/web exports the globals', classes.every((n) => require('stream/web')[n] === globalThis[n]));
  });

  await scenario('illegal constructors', async () => {
    for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController',
      'ReadableStreamBYOBRequest', 'WritableStreamDefaultController',
      'TransformStreamDefaultController']) {
      attempt(`new ${name}()`, () => new globalThis[name]());
      attempt(`${name}()`, () => globalThis[name]());
    }
    attempt('ReadableStream()', () => ReadableStream());
    attempt('WritableStream()', () => WritableStream());
  });

  await scenario('brand checks', async () => {
    const fake = {};
    const getters = [
      ['ReadableStream', 'locked'], ['ReadableStreamBYOBRequest', 'view'],
      ['ReadableByteStreamController', 'byobRequest'], ['ReadableByteStreamController', 'desiredSize'],
      ['WritableStream', 'locked'], ['WritableStreamDefaultWriter', 'desiredSize'],
      ['WritableStreamDefaultController', 'signal'], ['TransformStream', 'readable'],
      ['TransformStream', 'writable'], ['TransformStreamDefaultController', 'desiredSize'],
      ['ByteLengthQueuingStrategy', 'highWaterMark'], ['ByteLengthQueuingStrategy', 'size'],
      ['CountQueuingStrategy', 'highWaterMark'], ['CountQueuingStrategy', 'size'],
    ];
    for (const [name, key] of getters) {
      attempt(`${name}.${key} getter`, () =>
        Object.getOwnPropertyDescriptor(globalThis[name].prototype, key).get.call(fake));
    }
    const syncMethods = [
      ['ReadableStream', 'getReader'], ['ReadableStream', 'tee'], ['ReadableStream', 'values'],
      ['ReadableStream', 'pipeThrough'], ['ReadableStreamDefaultReader', 'releaseLock'],
      ['ReadableStreamBYOBReader', 'releaseLock'], ['ReadableStreamBYOBRequest', 'respond'],
      ['ReadableStreamBYOBRequest', 'respondWithNewView'], ['ReadableByteStreamController', 'close'],
      ['ReadableByteStreamController', 'enqueue'], ['ReadableByteStreamController', 'error'],
      ['WritableStream', 'getWriter'], ['WritableStreamDefaultWriter', 'releaseLock'],
      ['WritableStreamDefaultController', 'error'], ['TransformStreamDefaultController', 'enqueue'],
      ['TransformStreamDefaultController', 'error'], ['TransformStreamDefaultController', 'terminate'],
    ];
    for (const [name, key] of syncMethods) {
      attempt(`${name}.${key}`, () => globalThis[name].prototype[key].call(fake, new Uint8Array(1)));
    }
    const asyncMethods = [
      ['ReadableStream', 'cancel'], ['ReadableStream', 'pipeTo'],
      ['ReadableStreamDefaultReader', 'read'], ['ReadableStreamDefaultReader', 'cancel'],
      ['ReadableStreamBYOBReader', 'read'], ['ReadableStreamBYOBReader', 'cancel'],
      ['WritableStream', 'abort'], ['WritableStream', 'close'],
      ['WritableStreamDefaultWriter', 'write'], ['WritableStreamDefaultWriter', 'close'],
      ['WritableStreamDefaultWriter', 'abort'],
    ];
    for (const [name, key] of asyncMethods) {
      let result;
      try {
        result = globalThis[name].prototype[key].call(fake);
      } catch (error) {
        log(`${name}.${key}`, 'threw synchronously', error);
        continue;
      }
      await watch(`${name}.${key}`, result).catch(() => {});
    }
    for (const [name, key] of [['ReadableStreamDefaultReader', 'closed'],
      ['ReadableStreamBYOBReader', 'closed'], ['WritableStreamDefaultWriter', 'closed'],
      ['WritableStreamDefaultWriter', 'ready']]) {
      const get = Object.getOwnPropertyDescriptor(globalThis[name].prototype, key).get;
      await watch(`${name}.${key} getter`, get.call(fake)).catch(() => {});
    }
  });

  await scenario('constructor argument errors', async () => {
    attempt('ReadableStream(1)', () => new ReadableStream(1));
    attempt('ReadableStream(null)', () => new ReadableStream(null));
    attempt('ReadableStream("x")', () => new ReadableStream('x'));
    attempt('ReadableStream({type: "foo"})', () => new ReadableStream({ type: 'foo' }));
    attempt('ReadableStream({pull: 1})', () => new ReadableStream({ pull: 1 }));
    attempt('ReadableStream({cancel: {}})', () => new ReadableStream({ cancel: {} }));
    attempt('ReadableStream({}, 1)', () => new ReadableStream({}, 1));
    attempt('ReadableStream({}, {highWaterMark: -1})', () => new ReadableStream({}, { highWaterMark: -1 }));
    attempt('ReadableStream({}, {highWaterMark: NaN})', () => new ReadableStream({}, { highWaterMark: NaN }));
    attempt('ReadableStream({}, {highWaterMark: "x"})', () => new ReadableStream({}, { highWaterMark: 'x' }));
    attempt('ReadableStream({}, {size: 1})', () => new ReadableStream({}, { size: 1 }));
    attempt('ReadableStream(fn)', () => typeof new ReadableStream(() => {}));
    attempt('ReadableStream({}, null)', () => typeof new ReadableStream({}, null));
    attempt('WritableStream(1)', () => new WritableStream(1));
    attempt('WritableStream(null)', () => new WritableStream(null));
    attempt('WritableStream({type: "bytes"})', () => new WritableStream({ type: 'bytes' }));
    attempt('WritableStream({type: null})', () => new WritableStream({ type: null }));
    attempt('WritableStream({write: 1})', () => new WritableStream({ write: 1 }));
    attempt('WritableStream({close: 1})', () => new WritableStream({ close: 1 }));
    attempt('WritableStream({abort: 1})', () => new WritableStream({ abort: 1 }));
    attempt('WritableStream({}, 1)', () => new WritableStream({}, 1));
    attempt('WritableStream({}, {highWaterMark: -1})', () => new WritableStream({}, { highWaterMark: -1 }));
    attempt('ReadableStreamDefaultReader()', () => new ReadableStreamDefaultReader());
    attempt('ReadableStreamDefaultReader({})', () => new ReadableStreamDefaultReader({}));
    attempt('ReadableStreamBYOBReader(1)', () => new ReadableStreamBYOBReader(1));
    attempt('WritableStreamDefaultWriter()', () => new WritableStreamDefaultWriter());
    attempt('WritableStreamDefaultWriter(rs)', () => new WritableStreamDefaultWriter(new ReadableStream()));
    attempt('getReader(1)', () => new ReadableStream().getReader(1));
    attempt('getReader({mode: "x"})', () => new ReadableStream().getReader({ mode: 'x' }));
    attempt('getReader({mode: null})', () => new ReadableStream().getReader({ mode: null }));
    attempt('getReader({mode: undefined})', () => new ReadableStream().getReader({ mode: undefined }).constructor.name);
    attempt('getReader(null)', () => new ReadableStream().getReader(null).constructor.name);
    attempt('values(1)', () => new ReadableStream().values(1));
  });

  await scenario('locked and releaseLock errors', async () => {
    const rs = new ReadableStream();
    const reader = rs.getReader();
    attempt('getReader while locked', () => rs.getReader());
    attempt('new reader while locked', () => new ReadableStreamDefaultReader(rs));
    await watch('cancel while locked', rs.cancel()).catch(() => {});
    attempt('tee while locked', () => rs.tee());
    await watch('pipeTo while locked', rs.pipeTo(new WritableStream())).catch(() => {});
    attempt('pipeThrough while locked', () => rs.pipeThrough(new TransformStream()));
    const pending = reader.read();
    reader.releaseLock();
    await watch('pending read after release', pending).catch(() => {});
    await watch('closed after release', reader.closed).catch(() => {});
    await watch('read after release', reader.read()).catch(() => {});
    await watch('cancel after release', reader.cancel()).catch(() => {});
    attempt('releaseLock twice', () => reader.releaseLock());
    const ws = new WritableStream();
    const writer = ws.getWriter();
    attempt('getWriter while locked', () => ws.getWriter());
    await watch('ws.abort while locked', ws.abort()).catch(() => {});
    await watch('ws.close while locked', ws.close()).catch(() => {});
    writer.releaseLock();
    await watch('writer.ready after release', writer.ready).catch(() => {});
    await watch('writer.closed after release', writer.closed).catch(() => {});
    await watch('writer.write after release', writer.write()).catch(() => {});
    await watch('writer.close after release', writer.close()).catch(() => {});
    await watch('writer.abort after release', writer.abort()).catch(() => {});
    attempt('writer.desiredSize after release', () => writer.desiredSize);
    attempt('writer.releaseLock twice', () => writer.releaseLock());
  });

  await scenario('queuing strategies', async () => {
    for (const Strategy of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
      const s = new Strategy({ highWaterMark: 3 });
      log(Strategy.name, 'highWaterMark', s.highWaterMark, 'size', typeof s.size, s.size.name,
          s.size.length, 'shared', s.size === new Strategy({ highWaterMark: 9 }).size);
      for (const init of [{ highWaterMark: '7' }, { highWaterMark: -1 }, { highWaterMark: NaN },
        { highWaterMark: Infinity }, { highWaterMark: null }, { highWaterMark: {} }]) {
        attempt(`  ${JSON.stringify(init)}`, () => new Strategy(init).highWaterMark);
      }
      attempt('  no init', () => new Strategy());
      attempt('  init {}', () => new Strategy({}));
      attempt('  init null', () => new Strategy(null));
      attempt('  init 1', () => new Strategy(1));
      attempt('  hwm getter', () => new Strategy({ get highWaterMark() { return 4; } }).highWaterMark);
    }
    const b = new ByteLengthQueuingStrategy({ highWaterMark: 1 });
    log('byteLength size', b.size(new Uint8Array(5)), b.size({ byteLength: 'x' }), b.size.call(undefined, new ArrayBuffer(3)));
    attempt('byteLength size()', () => b.size());
    const c = new CountQueuingStrategy({ highWaterMark: 1 });
    log('count size', c.size(), c.size('anything'), c.size.call(null));
    const rs = new ReadableStream({ start(ctrl) { ctrl.enqueue(new Uint8Array(4)); log('bytes strategy desiredSize', ctrl.desiredSize); } },
                                  new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
    const ws = new WritableStream({}, new CountQueuingStrategy({ highWaterMark: 3 }));
    log('count strategy writer desiredSize', ws.getWriter().desiredSize, rs.locked);
    attempt('negative hwm strategy in a stream', () => new ReadableStream({}, new CountQueuingStrategy({ highWaterMark: -1 })));
  });

  await scenario('inspect output', async () => {
    let rsController;
    let bController;
    let request;
    let wsController;
    let tsController;
    const rs = new ReadableStream({ start(c) { rsController = c; } });
    console.log(rs);
    console.log(rsController);
    const reader = rs.getReader();
    console.log(reader);
    console.log(rs);
    const bs = new ReadableStream({
      type: 'bytes',
      start(c) { bController = c; },
      pull(c) { request = c.byobRequest; },
    });
    console.log(bs, bController);
    const byob = bs.getReader({ mode: 'byob' });
    byob.read(new Uint8Array(2));
    await drain();
    console.log(byob);
    console.log(request);
    const ws = new WritableStream({ start(c) { wsController = c; } });
    console.log(ws);
    console.log(wsController);
    const writer = ws.getWriter();
    console.log(writer);
    const ts = new TransformStream({ start(c) { tsController = c; } });
    console.log(ts);
    console.log(tsController);
    console.log(new ByteLengthQueuingStrategy({ highWaterMark: 16 }), new CountQueuingStrategy({ highWaterMark: 1 }));
    console.log(util.inspect({ a: { b: { c: rs } } }));
    console.log(util.inspect({ a: { b: reader } }));
    console.log(util.inspect(reader, { depth: 0 }));
    console.log(util.inspect(ts, { depth: 1 }));
    console.log(util.inspect([ws], { compact: false }));
    const closed = new ReadableStream({ start(c) { c.close(); } });
    const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
    await drain();
    console.log(closed, errored);
    const released = closed.getReader();
    released.releaseLock();
    await released.closed.catch(() => {});
    console.log(released);
    const erroredWs = new WritableStream({ start(c) { c.error('bad'); } });
    await drain();
    console.log(erroredWs);
    console.log(String(rs), Object.prototype.toString.call(writer), `${new CountQueuingStrategy({ highWaterMark: 1 })}`);
    log('inspect checked');
  });

  done();
})();
