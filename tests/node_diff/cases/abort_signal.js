// AbortController and AbortSignal: shapes, errors, the order of 'abort'
// events across AbortSignal.any() dependents, reasons, throwIfAborted, and
// AbortSignal.timeout() (checked against a later timer, and its timer
// must not keep the process alive).
const log = [];
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, JSON.stringify(error.message),
                error.constructor.name);
  }
};
const reasonOf = (signal) => {
  const r = signal.reason;
  return r instanceof DOMException ? `DOMException ${r.name} ${r.message} ${r.code}` : r;
};

show('new AbortSignal', () => new AbortSignal());
show('timeout()', () => AbortSignal.timeout());
for (const delay of [-1, '5', 1.5, 2 ** 32, NaN, Infinity]) {
  show(`timeout(${String(delay)})`, () => AbortSignal.timeout(delay));
}
show('any()', () => AbortSignal.any());
show('any([1])', () => AbortSignal.any([1]));
show('any([signal, {}])', () => AbortSignal.any([AbortSignal.abort(), {}]));
show('any({})', () => AbortSignal.any({}));
show('any(Set)', () => AbortSignal.any(new Set()));
show('abort.call(null)', () => AbortSignal.abort.call(null).aborted);
show('aborted on {}', () => Object.getOwnPropertyDescriptor(
  AbortSignal.prototype, 'aborted').get.call({}));
show('reason on {}', () => Object.getOwnPropertyDescriptor(
  AbortSignal.prototype, 'reason').get.call({}));
show('throwIfAborted on {}', () => AbortSignal.prototype.throwIfAborted.call({}));
show('signal on {}', () => Object.getOwnPropertyDescriptor(
  AbortController.prototype, 'signal').get.call({}));
show('abort on {}', () => AbortController.prototype.abort.call({}));

const controller = new AbortController();
console.log(controller, controller.signal, [controller], { a: { b: { c: controller.signal } } },
            { a: { b: { c: controller } } });
console.log(String(controller), String(controller.signal),
            Object.prototype.toString.call(controller.signal));
console.log(Object.getOwnPropertyNames(AbortController.prototype),
            Object.getOwnPropertyNames(AbortSignal.prototype),
            Object.getOwnPropertyNames(AbortSignal));
console.log(Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype,
            Object.getPrototypeOf(AbortSignal) === EventTarget,
            AbortController.length, AbortSignal.length, AbortSignal.any.length,
            AbortSignal.timeout.length, AbortSignal.abort.length);
console.log('before', controller.signal.aborted, controller.signal.reason,
            controller.signal.onabort, controller.signal.throwIfAborted());

const signal = controller.signal;
signal.onabort = function (event) {
  log.push(`onabort this=${this === signal} ${event.type} ${event.isTrusted} ` +
           `${event.constructor.name} ${event.target === signal} ${event.cancelable} ` +
           `${event.bubbles} aborted=${signal.aborted}`);
};
signal.addEventListener('abort', () => log.push('listener'), { once: true });
signal.addEventListener('abort', () => log.push('second listener'));
controller.abort();
controller.abort('again');  // no second event
console.log(log.splice(0).join('\n'));
console.log('after', signal.aborted, reasonOf(signal));
show('throwIfAborted', () => signal.throwIfAborted());
for (const reason of [undefined, null, 0, 'why', { x: 1 }]) {
  const c = new AbortController();
  c.abort(reason);
  console.log('reason', JSON.stringify(reason), reasonOf(c.signal),
              reasonOf(AbortSignal.abort(reason)));
}
const thrown = new AbortController();
thrown.abort(42);
show('throwIfAborted(42)', () => thrown.signal.throwIfAborted());

// any(): dependents abort after their source's own listeners, depth first.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any, b.signal]);
const other = AbortSignal.any([b.signal]);
a.signal.addEventListener('abort', () => log.push(
  `a: any=${any.aborted} nested=${nested.aborted} other=${other.aborted}`));
any.addEventListener('abort', () => log.push(
  `any: nested=${nested.aborted} same reason=${any.reason === a.signal.reason}`));
nested.addEventListener('abort', () => log.push(`nested: ${nested.reason}`));
other.addEventListener('abort', () => log.push('other'));
a.abort('A');
b.abort('B');
console.log(log.splice(0).join('\n'));
console.log('any', any.reason, nested.reason, other.reason);
console.log('any([])', AbortSignal.any([]).aborted,
            AbortSignal.any([AbortSignal.abort(1), AbortSignal.abort(2)]).reason,
            AbortSignal.any([new AbortController().signal, AbortSignal.abort(3)]).reason);
// Many composites over one source, aborted in creation order.
const source = new AbortController();
const many = [];
for (let i = 0; i < 20; i++) {
  const composite = AbortSignal.any(i % 2 ? [source.signal] : [source.signal, b.signal]);
  composite.onabort = () => log.push(i);
  many.push(composite);
}
source.abort();
console.log('many', log.splice(0).join(','));

// timeout(): aborts with a TimeoutError before a later timer runs.
const timeout = AbortSignal.timeout(5);
timeout.addEventListener('abort', () => log.push(
  `timeout ${reasonOf(timeout)} ${timeout.aborted}`));
const zero = AbortSignal.timeout(0);
zero.onabort = () => log.push('zero');
const composite = AbortSignal.any([AbortSignal.timeout(10)]);
composite.onabort = () => log.push(`composite ${composite.reason.name}`);
setTimeout(() => {
  log.push(`at 60ms ${timeout.aborted} ${zero.aborted} ${composite.aborted}`);
  console.log(log.join('\n'));
  // Unref'd: the process ends now, long before this would fire.
  AbortSignal.timeout(1e7).onabort = () => console.log('never');
}, 60);
console.log('timeout start', timeout.aborted);
