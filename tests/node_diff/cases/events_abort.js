// node:events and node:timers/promises with AbortSignal: events.once /
// events.on / addAbortListener, promise timers, the setInterval iterator
// and scheduler.wait cancelled before and while waiting.
const EventEmitter = require('events');
const tp = require('timers/promises');
const log = (...args) => console.log(...args);
const show = (err) => `${err.name} ${err.code} ${err.message} cause=${String(err.cause)}`;

async function main() {
  // events.once
  {
    const e = new EventEmitter();
    const controller = new AbortController();
    const p = EventEmitter.once(e, 'never', { signal: controller.signal });
    log('listeners', e.listenerCount('never'), e.listenerCount('error'));
    controller.abort();
    try { await p; } catch (err) { log('once aborted', show(err)); }
    log('after abort', e.listenerCount('never'), e.listenerCount('error'));
    try { await EventEmitter.once(e, 'x', { signal: AbortSignal.abort('early') }); } catch (err) { log('pre-aborted', show(err)); }
    const c2 = new AbortController();
    const p2 = EventEmitter.once(e, 'ok', { signal: c2.signal });
    e.emit('ok', 42);
    log('resolved', await p2);
    c2.abort();
    const target = new EventTarget();
    const c3 = new AbortController();
    const p3 = EventEmitter.once(target, 'ping', { signal: c3.signal });
    c3.abort(new Error('reason object'));
    try { await p3; } catch (err) { log('target once aborted', show(err)); }
  }
  // events.on
  {
    const e = new EventEmitter();
    const controller = new AbortController();
    setImmediate(() => {
      e.emit('data', 1);
      e.emit('data', 2);
      controller.abort();
    });
    try {
      for await (const [value] of EventEmitter.on(e, 'data', { signal: controller.signal })) log('on got', value);
    } catch (err) {
      log('on aborted', show(err));
    }
    log('on listeners', e.listenerCount('data'), e.listenerCount('error'));
    try { EventEmitter.on(e, 'data', { signal: AbortSignal.abort() }); } catch (err) { log('on pre-aborted', show(err)); }
  }
  // addAbortListener
  {
    const controller = new AbortController();
    const seen = [];
    const disposable = EventEmitter.addAbortListener(controller.signal, () => seen.push('listener'));
    log(typeof disposable, Object.getPrototypeOf(disposable));
    controller.abort();
    log(seen);
    const aborted = AbortSignal.abort();
    EventEmitter.addAbortListener(aborted, () => log('already aborted: microtask'));
    log('before microtask');
    await null;
    for (const bad of [undefined, null, {}, 'x']) {
      try { EventEmitter.addAbortListener(bad, () => {}); } catch (err) { log(show(err)); }
    }
    try { EventEmitter.addAbortListener(new AbortController().signal, 'nope'); } catch (err) { log(show(err)); }
  }
  // timers/promises
  {
    const controller = new AbortController();
    const p = tp.setTimeout(1000, 'late', { signal: controller.signal });
    const q = tp.setImmediate('later', { signal: controller.signal });
    controller.abort();
    for (const promise of [p, q]) {
      try { await promise; } catch (err) { log('timer aborted', show(err)); }
    }
    for (const call of [() => tp.setTimeout(1, 'v', { signal: AbortSignal.abort('r') }),
                        () => tp.setImmediate('v', { signal: AbortSignal.abort() }),
                        () => tp.scheduler.wait(1, { signal: AbortSignal.abort() })]) {
      try { await call(); } catch (err) { log('pre-aborted timer', show(err)); }
    }
    const c2 = new AbortController();
    log('not aborted', await tp.setTimeout(1, 'fine', { signal: c2.signal }));
    c2.abort();
    const c3 = new AbortController();
    let n = 0;
    try {
      for await (const value of tp.setInterval(1, 'i', { signal: c3.signal })) {
        log('interval', value, ++n);
        if (n === 2) c3.abort();
      }
    } catch (err) {
      log('interval aborted', show(err));
    }
    try {
      for await (const value of tp.setInterval(1, 'i', { signal: AbortSignal.abort() })) log(value);
    } catch (err) {
      log('interval pre-aborted', show(err));
    }
    const c4 = new AbortController();
    const it = tp.setInterval(50, 'slow', { signal: c4.signal });
    const next = it.next();
    setTimeout(() => c4.abort(), 5);
    try { await next; } catch (err) { log('interval aborted while waiting', show(err)); }
  }
}
main().then(() => log('done'));
