// node:events: events.once / events.on (promises, async iteration),
// captureRejections, Symbol.for('nodejs.rejection'), getEventListeners.
const EventEmitter = require('events');
const { once, on, getEventListeners } = EventEmitter;
const log = (...args) => console.log(...args);
const show = (err) => `${err.name} ${err.code} ${err.message}`;

async function main() {
  // once resolves with the arguments array; 'error' rejects.
  {
    const e = new EventEmitter();
    const p = once(e, 'ready');
    log('listeners while waiting', e.listenerCount('ready'), e.listenerCount('error'));
    e.emit('ready', 1, 'two', { three: 3 });
    log('once ->', await p, e.listenerCount('ready'), e.listenerCount('error'));
    const q = once(e, 'never');
    e.emit('error', new Error('broke'));
    try { await q; } catch (err) { log('once rejected', err.message); }
    log('after reject', e.listenerCount('never'), e.listenerCount('error'));
    const r = once(e, 'error');
    e.emit('error', new Error('wanted'));
    log('once error ->', (await r)[0].message);
  }
  // once validation errors are rejections.
  for (const options of [{ signal: 1 }, { signal: {} }, { signal: null }]) {
    try {
      await once(new EventEmitter(), 'x', options);
    } catch (err) {
      log('once bad options', show(err));
    }
  }
  try { await once({}, 'x'); } catch (err) { log('once non-emitter', show(err)); }
  // once on an EventTarget: [event].
  {
    const t = new EventTarget();
    const p = once(t, 'ping');
    t.dispatchEvent(new Event('ping'));
    const [event] = await p;
    log('target once', event.type, event instanceof Event, getEventListeners(t, 'ping').length);
    const listener = () => {};
    t.addEventListener('pong', listener);
    log('getEventListeners target', getEventListeners(t, 'pong')[0] === listener);
  }
  // getEventListeners on emitters unwraps once.
  {
    const e = new EventEmitter();
    function w() {}
    e.once('a', w); e.on('a', w);
    log(getEventListeners(e, 'a').map((f) => f === w), getEventListeners(e, 'none'));
    try { getEventListeners({}, 'x'); } catch (err) { log(show(err)); }
  }
  // on: async iteration in order, queued events, error ends the loop.
  {
    const e = new EventEmitter();
    setImmediate(() => {
      e.emit('data', 1);
      e.emit('data', 2, 'b');
      e.emit('other', 'ignored');
      e.emit('data', 3);
      setImmediate(() => e.emit('error', new Error('stream failed')));
    });
    try {
      for await (const args of on(e, 'data')) log('on got', args);
    } catch (err) {
      log('on ended with', err.message);
    }
    log('listeners after', e.listenerCount('data'), e.listenerCount('error'));
  }
  // on: break runs return() and removes listeners; close events end it.
  {
    const e = new EventEmitter();
    setImmediate(() => { for (let i = 0; i < 5; i++) e.emit('tick', i); });
    for await (const [i] of on(e, 'tick')) {
      log('tick', i);
      if (i === 2) break;
    }
    log('after break', e.listenerCount('tick'), e.listenerCount('error'));
    const f = new EventEmitter();
    setImmediate(() => { f.emit('v', 'a'); f.emit('v', 'b'); f.emit('end'); f.emit('v', 'c'); });
    for await (const [v] of on(f, 'v', { close: ['end'] })) log('until close', v);
    log('after close', f.listenerCount('v'), f.listenerCount('end'));
    const it = on(f, 'v');
    log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
    const pending = it.next();
    f.emit('v', 'x');
    log(await pending);
    log(await it.return(), await it.next());
    try { it.throw('not an error'); } catch (err) { log(show(err)); }
    const it2 = on(f, 'v');
    const waiting = it2.next();
    it2.throw(new Error('thrown in'));
    try { await waiting; } catch (err) { log('throw rejects next', err.message); }
    log(await it2.next());
    for (const options of [{ highWaterMark: 0 }, { lowWaterMark: 'x' }, { signal: 'x' }]) {
      try { on(f, 'v', options); } catch (err) { log('on bad options', show(err)); }
    }
  }
  // captureRejections: a listener's rejected promise becomes 'error'.
  {
    const e = new EventEmitter({ captureRejections: true });
    e.on('job', async (n) => { throw new Error(`job ${n} failed`); });
    e.on('error', (err) => log('captured', err.message));
    e.emit('job', 1);
    await new Promise((resolve) => setImmediate(resolve));
    const f = new EventEmitter({ captureRejections: true });
    f[Symbol.for('nodejs.rejection')] = (err, type, ...args) => log('rejection hook', err.message, type, args);
    f.on('evt', async () => { throw new Error('hooked'); });
    f.emit('evt', 'a', 'b');
    await new Promise((resolve) => setImmediate(resolve));
    const g = new EventEmitter();
    log('default capture', g[Object.getOwnPropertySymbols(g)[1]]);
    const h = new EventEmitter({ captureRejections: true });
    h.on('x', () => ({ then(resolve, reject) { reject(new Error('thenable')); } }));
    h.on('error', (err) => log('thenable captured', err.message));
    h.emit('x');
    await new Promise((resolve) => setImmediate(resolve));
    EventEmitter.captureRejections = true;
    const k = new EventEmitter();
    EventEmitter.captureRejections = false;
    k.on('y', async () => { throw new Error('global capture'); });
    k.on('error', (err) => log('global', err.message));
    k.emit('y');
    await new Promise((resolve) => setImmediate(resolve));
  }
  // Order of once resolution vs other listeners.
  {
    const e = new EventEmitter();
    e.on('x', () => log('plain listener'));
    once(e, 'x').then(() => log('once promise'));
    e.on('x', () => log('late listener'));
    e.emit('x');
    log('emitted');
    await null;
    await null;
  }
}
main().then(() => log('done'));
