// node:util: promisify, callbackify, deprecate, inherits, _extend,
// debuglog, strings (toUSVString, stripVTControlCharacters, styleText),
// system error names, inspect's public surface.
const util = require('util');
const log = (...args) => console.log(...args);
const show = (err) => `${err?.name} ${err?.code} ${err?.message}`;
const tryIt = (label, fn) => {
  try {
    log(label, 'ok', fn());
  } catch (err) {
    log(label, 'threw', show(err));
  }
};

async function main() {
  // promisify.
  log(typeof util.promisify.custom, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  function callbackStyle(a, b, callback) {
    if (a === 'fail') callback(new Error('failed'));
    else if (a === 'falsy') callback(0, 'ignored?');
    else callback(null, a + b, 'extra');
  }
  callbackStyle.extra = 'copied';
  const p = util.promisify(callbackStyle);
  log(p.name, p.length, p.extra, Object.getPrototypeOf(p) === Function.prototype,
      p[util.promisify.custom] === p, util.promisify(p) === p);
  log(await p(1, 2));
  try { await p('fail', 1); } catch (err) { log('rejected', err.message); }
  log('falsy error resolves', await p('falsy', 1));
  const withCustom = () => {};
  withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
  log(await util.promisify(withCustom)(), util.promisify(withCustom) === withCustom[util.promisify.custom]);
  const badCustom = () => {};
  badCustom[util.promisify.custom] = 5;
  tryIt('bad custom', () => util.promisify(badCustom));
  for (const bad of [undefined, null, 1, 'f', {}]) tryIt('promisify', () => util.promisify(bad));
  const obj = { value: 10, method(cb) { cb(null, this.value); } };
  log('this kept', await util.promisify(obj.method).call(obj));
  log('timers', typeof setTimeout[util.promisify.custom], typeof setImmediate[util.promisify.custom]);
  log(await util.promisify(setTimeout)(1, 'slept'), await util.promisify(setImmediate)('immediate'));
  const syncThrow = util.promisify(() => { throw new Error('sync throw'); });
  try { await syncThrow(); } catch (err) { log('sync throw rejects', err.message); }
  async function asyncFn() {}
  log(Object.getPrototypeOf(util.promisify(asyncFn)) === Object.getPrototypeOf(asyncFn));

  // callbackify.
  async function resolves(x) { return x * 2; }
  const cb = util.callbackify(resolves);
  log(cb.name, cb.length);
  await new Promise((done) => cb(21, (err, value) => { log('callbackified', err, value); done(); }));
  for (const reason of [new Error('boom'), null, 0, '', undefined, false, 'text']) {
    const rejecting = util.callbackify(() => Promise.reject(reason));
    await new Promise((done) => rejecting((err) => {
      log('rejected with', typeof reason, err === reason, err?.code, err?.message, 'reason' in Object(err) ? err.reason : '-');
      done();
    }));
  }
  tryIt('callbackify(1)', () => util.callbackify(1));
  tryIt('no callback', () => util.callbackify(resolves)(1));
  const order = [];
  util.callbackify(async () => 'v')(() => order.push('callback'));
  Promise.resolve().then(() => order.push('microtask'));
  await new Promise((resolve) => setImmediate(resolve));
  log(order);
  const renamed = async function () {};
  Object.defineProperty(renamed, 'name', { value: 42 });
  log(util.callbackify(renamed).name);

  // deprecate.
  const dep = util.deprecate(function original(a, b) { return [this?.tag, a, b]; }, 'old api', 'DEP0999');
  log(dep.name, dep.length, Object.getPrototypeOf(dep).name, dep.call({ tag: 't' }, 1, 2));
  class Base { constructor(v) { this.v = v; } }
  const DepClass = util.deprecate(Base, 'old class');
  const instance = new DepClass(3);
  log(instance instanceof Base, instance instanceof DepClass, instance.v, DepClass.prototype === Base.prototype);
  tryIt('deprecate code', () => util.deprecate(() => {}, 'm', 5));

  // inherits / _extend.
  function Parent() { this.parent = true; }
  Parent.prototype.hello = function () { return 'hello'; };
  function Child() { Parent.call(this); }
  util.inherits(Child, Parent);
  const c = new Child();
  log(c.hello(), c instanceof Parent, Child.super_ === Parent, Object.keys(Child), c.constructor === Child);
  tryIt('inherits(null)', () => util.inherits(null, Parent));
  tryIt('inherits(C, null)', () => util.inherits(Child, null));
  tryIt('inherits(C, {})', () => util.inherits(Child, {}));
  tryIt('inherits(C, arrow)', () => util.inherits(Child, () => {}));
  log(util._extend({ a: 1 }, { b: 2, a: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));

  // debuglog.
  const debug = util.debuglog('mysection');
  log(typeof debug, debug.enabled, util.debug === util.debuglog);
  debug('not printed %s', 'x');

  // Strings.
  const surrogates = ['a\ud800', '\udc00b', '\ud800\udc00', 'x\udbff\udfffy', '\udc00\ud800', 'plain', '', '\ud83d'];
  log(surrogates.map((s) => [...util.toUSVString(s)].map((ch) => ch.codePointAt(0).toString(16)).join(',')));
  log(util.toUSVString(123), util.toUSVString({ toString: () => 'obj' }));
  const vt = ['\u001b[31mred\u001b[39m', '\u001b[1;32mbold green\u001b[0m', '\u001b]0;title\u0007text',
              '\u009b31mcsi', 'no escapes', '\u001b[?25l\u001b[2J', '\u001b[38;5;200mmany\u001b[m',
              '\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\', 'trail\u001b[', '\u001bc', '\u001b[K\u001b[1A'];
  log(vt.map((s) => JSON.stringify(util.stripVTControlCharacters(s))).join(' '));
  tryIt('strip(1)', () => util.stripVTControlCharacters(1));
  log(JSON.stringify(util.styleText('red', 'plain', { validateStream: false })));
  log(JSON.stringify(util.styleText(['bold', 'underline'], 'two', { validateStream: false })));
  tryIt('styleText bad', () => util.styleText('nocolor', 'x'));
  tryIt('styleText text', () => util.styleText('red', 5));

  // System errors.
  for (const code of [-1, -2, -4, -9, -11, -12, -13, -17, -20, -21, -22, -24, -28, -32, -98, -104, -110, -111, -113]) {
    log(code, util.getSystemErrorName(code), util.getSystemErrorMap().get(code));
  }
  log(util.getSystemErrorName(-99999), util.getSystemErrorMap() instanceof Map);
  for (const bad of [0, 1, 1.5, -1.5, 'x', NaN, -Infinity]) tryIt('getSystemErrorName', () => util.getSystemErrorName(bad));

  // inspect's surface.
  log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), Object.keys(util.inspect));
  log(util.inspect.defaultOptions);
  log(Object.keys(util.inspect.colors).length, util.inspect.colors.red, util.inspect.colors.grey, util.inspect.styles.string);
  tryIt('defaultOptions = 1', () => { util.inspect.defaultOptions = 1; });
  util.inspect.defaultOptions = { depth: 0 };
  log(util.inspect({ a: { b: 1 } }), util.format('%O', { a: { b: 1 } }));
  console.log({ deep: { deeper: 1 } });
  util.inspect.defaultOptions = { depth: 2 };
  log(util.inspect({ a: { b: 1 } }));
  class Custom { [util.inspect.custom](depth, options, inspect) { return `Custom<${depth},${typeof options.stylize},${inspect === util.inspect}>`; } }
  log(util.inspect(new Custom()), util.inspect({ nested: new Custom() }));
  log(util.isDeepStrictEqual({ a: 1 }, { a: 1 }), util.isDeepStrictEqual([1], ['1']));
  log(util.TextEncoder === globalThis.TextEncoder, util.TextDecoder === globalThis.TextDecoder);
}
main().then(() => log('done'));
