// util and assert through packages: object-inspect (util.inspect for its
// custom symbol), extsprintf (require('assert') and require('util')),
// debug (require('tty') and util.format/inspect, output redirected to
// stdout with fixed options), http-errors (depd uses call sites from
// Error.prepareStackTrace, statuses ships JSON, setprototypeof, inherits).
'use strict';
const inspect = require('object-inspect');
const { sprintf } = require('extsprintf');
const createDebug = require('debug');
const createError = require('http-errors');
const statuses = require('statuses');
const util = require('util');
class Custom { [util.inspect.custom]() { return 'CUSTOM!'; } }
const values = [1, -0, 'str\n"', [1, [2, [3, [4]]]], { a: { b: { c: {} } } }, new Map([[1, 'a']]), new Set([1]), null, undefined, Symbol('s'),
  10n, new Date(0), /re/gi, new Error('e'), function named() {}, () => {}, new Custom(), Object.create(null), [, 1], new WeakMap(), Buffer.from('ab')];
for (const v of values) console.log(inspect(v), '|', inspect(v, { depth: 1, quoteStyle: 'double' }));
const circular = { name: 'c' }; circular.self = circular;
console.log(inspect(circular), inspect('x'.repeat(30), { maxStringLength: 10 }), inspect([1, 2], { indent: 2 }));
console.log(sprintf('%s|%d|%5s|%-5s|%05d|%j|%%', 'a', 42, 'r', 'l', 7, { j: 1 }), sprintf('%10f', 3.14159));
try { console.log(sprintf('%d', 'x')); } catch (e) { console.log(e.name, e.message); }
try { console.log(sprintf('%q', 1)); } catch (e) { console.log(e.name, e.message); }
const lines = [];
createDebug.log = (...args) => lines.push(util.format(...args));
createDebug.inspectOpts.hideDate = true;
createDebug.inspectOpts.colors = false;
createDebug.enable('app:*,-app:quiet');
const dbg = createDebug('app:main');
const quiet = createDebug('app:quiet');
dbg('hello %s %d %o %O %j', 'w', 3, { a: [1] }, { b: 2 }, { c: 3 });
quiet('not shown');
dbg.extend('sub')('from sub %%');
console.log(dbg.enabled, quiet.enabled, dbg.namespace, createDebug.enabled('app:x'), createDebug.disable());
console.log(lines.join('\n'));
for (const code of [400, 404, 418, 500, 503]) {
  const err = code === 418 ? createError(code, { extra: 'x' }) : createError(code, `custom ${code}`, { extra: 'x' });
  console.log(code, err.name, err.message, err.status, err.statusCode, err.expose, err.extra, err instanceof createError.HttpError, err instanceof Error);
}
const nf = new createError.NotFound();
console.log(nf.message, nf.name, createError.isHttpError(nf), createError(new Error('wrapped')).status, statuses(404), statuses('Not Found'), statuses.redirect[301]);
