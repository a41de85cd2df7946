// node:timers and node:timers/promises: identity with the globals, promise
// timers (values, ordering, ref), the setInterval async iterator,
// scheduler.wait/yield, argument errors, legacy enroll/active.
const timers = require('timers');
const tp = require('timers/promises');
const util = require('util');
const log = (...args) => console.log(...args);
const show = (err) => `${err.name} ${err.code} ${err.message}`;

log(timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout,
    timers.setImmediate === setImmediate, timers.setInterval === setInterval,
    timers.clearInterval === clearInterval, timers.clearImmediate === clearImmediate);
log(timers.promises === tp, require('node:timers/promises') === tp, Object.keys(tp).join(' '));
log(Object.keys(timers).join(' '));
log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);

async function main() {
  log('timeout value', await tp.setTimeout(1, 'v1'), await tp.setTimeout(undefined, 'v2'), await tp.setTimeout());
  log('immediate value', await tp.setImmediate('i1'), await tp.setImmediate());
  // Ordering against callbacks.
  const order = [];
  const p1 = tp.setTimeout(60, 'sixty').then((v) => order.push(v));
  const p2 = tp.setTimeout(30, 'thirty').then((v) => order.push(v));
  const p3 = tp.setImmediate('immediate').then((v) => order.push(v));
  setTimeout(() => order.push('callback-45'), 45);
  process.nextTick(() => order.push('tick'));
  await Promise.all([p1, p2, p3]);
  log(order.join(' '));
  // ref: false still resolves while something else keeps the loop alive.
  const keepAlive = setTimeout(() => {}, 50);
  log('unref timeout', await tp.setTimeout(1, 'unref', { ref: false }));
  log('unref immediate', await tp.setImmediate('unref', { ref: false }));
  clearTimeout(keepAlive);
  // setInterval iterator.
  let count = 0;
  for await (const value of tp.setInterval(2, 'tick')) {
    log('interval', value, ++count);
    if (count === 3) break;
  }
  const iterator = tp.setInterval(1, 'manual');
  log(await iterator.next(), await iterator.next());
  log(await iterator.return(), await iterator.next());
  // Slow consumer: ticks that passed are delivered back to back.
  const slow = tp.setInterval(1, 's');
  await slow.next();
  await tp.setTimeout(10);
  const burst = await slow.next();
  log('after a pause', burst.value, burst.done);
  await slow.return();
  // scheduler.
  log(typeof tp.scheduler, Object.getPrototypeOf(tp.scheduler).constructor.name,
      await tp.scheduler.wait(1), await tp.scheduler.yield());
  try { new (Object.getPrototypeOf(tp.scheduler).constructor)(); } catch (err) { log(show(err)); }
  try { tp.scheduler.wait.call({}, 1); } catch (err) { log(show(err)); }
  try { tp.scheduler.yield.call(null); } catch (err) { log(show(err)); }
  // Argument errors: promise timers reject, setInterval throws on first next().
  const bad = [
    () => tp.setTimeout('1'), () => tp.setTimeout(1, 'v', null), () => tp.setTimeout(1, 'v', 'x'),
    () => tp.setTimeout(1, 'v', { ref: 1 }), () => tp.setTimeout(1, 'v', { signal: {} }),
    () => tp.setTimeout(1, 'v', { signal: 'x' }), () => tp.setImmediate('v', 1), () => tp.setImmediate('v', { ref: 'no' }),
    () => tp.setImmediate('v', { signal: null }), () => tp.setInterval('1').next(), () => tp.setInterval(1, 'v', 1).next(),
    () => tp.scheduler.wait('x'),
  ];
  for (const call of bad) {
    try { await call(); log('no error'); } catch (err) { log(show(err)); }
  }
  const rejected = tp.setTimeout('x');
  rejected.catch(() => {});
  log(rejected instanceof Promise);
  // Legacy timers API.
  const item = { _onTimeout() { log('legacy fired', typeof this._idleTimeout); } };
  timers.enroll(item, 2);
  timers.active(item);
  await tp.setTimeout(10);
  const item2 = { _onTimeout() { log('should not fire'); } };
  timers.enroll(item2, 2);
  timers.active(item2);
  timers.unenroll(item2);
  log(item2._idleTimeout);
  await tp.setTimeout(10);
  log('done');
}
main();
