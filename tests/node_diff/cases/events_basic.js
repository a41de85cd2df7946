// node:events: listener order, once wrappers, removal, 'newListener' and
// 'removeListener' events, 'error' semantics, counts and names, layout.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const log = (...args) => console.log(...args);
const tryIt = (label, fn) => {
  try {
    log(label, 'ok', fn());
  } catch (err) {
    log(label, 'threw', err.name, err.code, err.message);
  }
};

log(typeof EventEmitter, EventEmitter.name, EventEmitter.length,
    EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains,
    EventEmitter.defaultMaxListeners, String(errorMonitor),
    String(EventEmitter.captureRejectionSymbol), EventEmitter.captureRejections);
log(Object.keys(EventEmitter));
log(Object.getOwnPropertyNames(EventEmitter.prototype));
log(new EventEmitter());
log(require('node:events') === EventEmitter);

// Order: on, prepend, once, prependOnce.
{
  const e = new EventEmitter();
  const seen = [];
  e.on('x', (a, b) => seen.push(`on1:${a}${b}`));
  e.prependListener('x', () => seen.push('pre1'));
  e.once('x', () => seen.push('once1'));
  e.prependOnceListener('x', () => seen.push('preOnce1'));
  e.on('x', function () { seen.push(`this:${this === e}`); });
  log(e.emit('x', 1, 2), seen.join(','));
  seen.length = 0;
  log(e.emit('x', 3, 4), seen.join(','));
  log(e.emit('nothing'), e.listenerCount('x'), e.listenerCount('nothing'));
  log(e.rawListeners('x').length, e.listeners('x').length);
  log(e);
}

// once wrappers: listeners() unwraps, rawListeners() does not; removing by
// the original listener works; the wrapper removes itself before running.
{
  const e = new EventEmitter();
  function foo() { log('foo ran, count now', e.listenerCount('y')); }
  e.once('y', foo);
  log(e.listeners('y')[0] === foo, e.rawListeners('y')[0] === foo,
      e.rawListeners('y')[0].listener === foo, e.rawListeners('y')[0].name);
  log(e.rawListeners('y'));
  e.emit('y');
  e.emit('y');
  e.once('y', foo);
  e.removeListener('y', foo);
  log('after remove', e.listenerCount('y'), e.eventNames());
  e.once('y', foo);
  e.rawListeners('y')[0]();
  e.rawListeners('y')[0]?.();
  log('raw call count', e.listenerCount('y'));
  e.on('z', foo);
  e.once('z', foo);
  log(e.listenerCount('z', foo), e.listenerCount('z', () => {}));
  e.off('z', foo);
  log(e.rawListeners('z').map((f) => f === foo), e.listenerCount('z'));
}

// Emitting during emit: the listener array is copied.
{
  const e = new EventEmitter();
  const seen = [];
  const b = () => seen.push('b');
  e.on('x', () => { seen.push('a'); e.removeListener('x', b); e.on('x', () => seen.push('c')); });
  e.on('x', b);
  e.emit('x');
  e.emit('x');
  log(seen.join(''));
}

// newListener / removeListener events.
{
  const e = new EventEmitter();
  const events = [];
  e.on('newListener', (name, fn) => events.push(`new:${String(name)}:${fn.name}`));
  e.on('removeListener', (name, fn) => events.push(`rm:${String(name)}:${fn.name}`));
  function a() {} function b() {} function c() {}
  const sym = Symbol('s');
  e.on('p', a);
  e.once('p', b);
  e.on(sym, c);
  e.removeListener('p', b);
  e.removeListener('p', a);
  e.removeListener('p', a);
  e.removeListener(sym, c);
  e.on('q', a); e.on('q', b); e.on('r', c);
  e.removeAllListeners('q');
  e.removeAllListeners();
  log(events.join(' '));
  log(e.eventNames(), e.listenerCount('removeListener'));
  // newListener fires before the listener is added.
  const f = new EventEmitter();
  let inserting = false;
  f.on('newListener', (name) => {
    if (name !== 'evt' || inserting) return;
    inserting = true;
    f.on('evt', () => log('inserted first'));
    inserting = false;
  });
  f.on('evt', () => log('added second'));
  f.emit('evt');
  f.removeAllListeners('newListener');
}

// eventNames: strings and symbols in insertion order.
{
  const e = new EventEmitter();
  const s1 = Symbol('one');
  e.on('b', () => {}); e.on(s1, () => {}); e.on('a', () => {}); e.on('1', () => {});
  e.on('0', () => {});
  log(e.eventNames());
  e.removeAllListeners('b');
  log(e.eventNames(), e._eventsCount);
  e.removeAllListeners();
  log(e.eventNames(), e._eventsCount, e._events);
}

// 'error'.
{
  const e = new EventEmitter();
  tryIt('error Error', () => e.emit('error', new TypeError('bad')));
  tryIt('error string', () => e.emit('error', 'boom'));
  tryIt('error none', () => e.emit('error'));
  tryIt('error object', () => e.emit('error', { message: 'm', n: [1, 2] }));
  tryIt('error number', () => e.emit('error', 42));
  tryIt('error symbol', () => e.emit('error', Symbol('q')));
  try {
    e.emit('error', 'ctx');
  } catch (err) {
    log('context', err.context, err instanceof Error);
  }
  e.on(errorMonitor, (err) => log('monitor saw', err.message));
  tryIt('monitor only', () => e.emit('error', new Error('watched')));
  e.on('error', (err) => log('handled', err.message));
  tryIt('handled', () => e.emit('error', new Error('caught')));
  log(e.eventNames(), e.listenerCount(errorMonitor));
  const f = new EventEmitter();
  f.on('error', () => { throw new RangeError('from listener'); });
  tryIt('listener throws', () => f.emit('error', 1));
}

// Bad arguments.
{
  const e = new EventEmitter();
  for (const bad of [1, 'str', null, undefined, {}, [], Symbol('x'), 10n]) {
    tryIt('on', () => e.on('x', bad));
  }
  tryIt('once', () => e.once('x', 5));
  tryIt('prependListener', () => e.prependListener('x', 5));
  tryIt('prependOnceListener', () => e.prependOnceListener('x', 5));
  tryIt('removeListener', () => e.removeListener('x', 5));
  tryIt('off', () => e.off('x', 'f'));
  for (const n of [-1, NaN, 'x', null, 2 ** 40, -(2 ** 40), Infinity, 0, 3.5]) {
    tryIt(`setMaxListeners(${String(n)})`, () => e.setMaxListeners(n).getMaxListeners());
  }
  tryIt('defaultMaxListeners=-1', () => { EventEmitter.defaultMaxListeners = -1; });
  tryIt('defaultMaxListeners=x', () => { EventEmitter.defaultMaxListeners = 'x'; });
  tryIt('static setMaxListeners({})', () => EventEmitter.setMaxListeners(3, {}));
  tryIt('static setMaxListeners(-1)', () => EventEmitter.setMaxListeners(-1));
  tryIt('getMaxListeners({})', () => EventEmitter.getMaxListeners({}));
  tryIt('captureRejections=1', () => { EventEmitter.captureRejections = 1; });
  tryIt('new ({captureRejections: 1})', () => new EventEmitter({ captureRejections: 1 }));
  log(EventEmitter.defaultMaxListeners);
}

// Max listeners: counts, static setMaxListeners / getMaxListeners.
{
  const e = new EventEmitter();
  log(e.getMaxListeners(), EventEmitter.getMaxListeners(e));
  e.setMaxListeners(2);
  log(e.getMaxListeners(), e._maxListeners);
  EventEmitter.setMaxListeners(5, e);
  log(e.getMaxListeners());
  e.setMaxListeners(1);
  for (let i = 0; i < 3; i++) e.on('many', () => {});
  log('warned flag', e._events.many.warned, e.listenerCount('many'));
  const saved = EventEmitter.defaultMaxListeners;
  EventEmitter.defaultMaxListeners = 3;
  const f = new EventEmitter();
  log(f.getMaxListeners());
  EventEmitter.setMaxListeners(7);
  log(f.getMaxListeners(), EventEmitter.defaultMaxListeners);
  EventEmitter.defaultMaxListeners = saved;
  const g = new EventEmitter();
  g.setMaxListeners(0);
  for (let i = 0; i < 20; i++) g.on('lots', () => {});
  log('unlimited', g._events.lots.warned, g.listenerCount('lots'));
  const target = new EventTarget();
  log(EventEmitter.getMaxListeners(target));
  EventEmitter.setMaxListeners(4, target);
  log(EventEmitter.getMaxListeners(target));
}

// Static listenerCount, listeners of odd names, return values.
{
  const e = new EventEmitter();
  e.on('a', () => {});
  log(EventEmitter.listenerCount(e, 'a'), EventEmitter.listenerCount(e, 'b'));
  log(EventEmitter.listenerCount({ listenerCount: (t) => `custom ${t}` }, 'q'));
  log(e.on('b', () => {}) === e, e.once('c', () => {}) === e,
      e.removeListener('zz', () => {}) === e, e.removeAllListeners('zz') === e,
      e.setMaxListeners(3) === e, e.prependListener('d', () => {}) === e);
  log(e.listeners('__proto__'), e.listeners('constructor'), e.listeners('toString'));
  e.on('__proto__', () => 1);
  log(e.listenerCount('__proto__'), e.eventNames());
  log(e.emit('constructor'), e.emit('hasOwnProperty'));
}

// Subclassing: class, util.inherits-style, EventEmitter.call(this).
{
  class Sub extends EventEmitter {
    constructor() { super(); this.extra = 1; }
  }
  const s = new Sub();
  s.on('x', (v) => log('class sub got', v));
  s.emit('x', 7);
  log(s, s instanceof EventEmitter);

  function Old() { EventEmitter.call(this); this.name = 'old'; }
  Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Old, EventEmitter);
  const o = new Old();
  o.once('y', function (v) { log('old sub got', v, this.name); });
  o.emit('y', 8);
  log(o);

  function Bare() {}
  Bare.prototype = Object.create(EventEmitter.prototype);
  const b = new Bare();
  log(b.emit('x'), b.listenerCount('x'), b.eventNames());
  b.on('x', () => log('bare works'));
  b.emit('x');
  log(Object.keys(b));

  const mixed = Object.assign(Object.create(null), EventEmitter.prototype);
  EventEmitter.init.call(mixed);
  mixed.on('m', () => log('mixin works'));
  mixed.emit('m');

  const proto = new EventEmitter();
  proto.on('shared', () => {});
  const child = Object.create(proto);
  EventEmitter.call(child);
  log(child.listenerCount('shared'), proto.listenerCount('shared'));
}

// Removing inside emit, removeAllListeners inside emit, re-entrant emit.
{
  const e = new EventEmitter();
  const order = [];
  e.on('r', function first() { order.push(1); e.removeAllListeners('r'); });
  e.on('r', function second() { order.push(2); });
  e.emit('r');
  e.emit('r');
  log(order);
  let depth = 0;
  e.on('re', () => { depth++; if (depth < 3) e.emit('re'); });
  e.emit('re');
  log('depth', depth);
}

// Same listener several times; removal is LIFO for the last one.
{
  const e = new EventEmitter();
  const seen = [];
  const f = () => seen.push('f');
  const g = () => seen.push('g');
  e.on('x', f); e.on('x', g); e.on('x', f);
  e.removeListener('x', f);
  e.emit('x');
  log(seen.join(''), e.rawListeners('x').map((fn) => (fn === f ? 'f' : 'g')));
  e.removeListener('x', f);
  log(typeof e._events.x, e._events.x === g);
}
