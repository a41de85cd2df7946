// Node's events and util through packages: inherits (util.inherits when
// util has it), the npm "events" polyfill (required as 'events/') next to
// the built-in, util-deprecate (util.deprecate), and EventEmitter
// subclasses built the old way.
'use strict';
const inherits = require('inherits');
const util = require('util');
const BuiltinEmitter = require('events');
const NpmEvents = require('events/');
const deprecate = require('util-deprecate');
console.log(inherits === util.inherits, BuiltinEmitter === NpmEvents, BuiltinEmitter.EventEmitter === BuiltinEmitter, typeof NpmEvents.once);
function Legacy(name) { BuiltinEmitter.call(this); this.name = name; }
inherits(Legacy, BuiltinEmitter);
Legacy.prototype.hello = function () { this.emit('hello', this.name); };
const legacy = new Legacy('old');
legacy.on('hello', (n) => console.log('hello from', n, legacy instanceof BuiltinEmitter, Legacy.super_ === BuiltinEmitter));
legacy.hello();
function Poly() { NpmEvents.call(this); }
inherits(Poly, NpmEvents);
const poly = new Poly();
const order = [];
poly.on('x', () => order.push(1));
poly.prependListener('x', () => order.push(0));
poly.once('x', () => order.push(2));
poly.emit('x'); poly.emit('x');
console.log(order.join(','), poly.listenerCount('x'), poly.getMaxListeners(), poly.eventNames());
try { poly.emit('error', new Error('boom')); } catch (e) { console.log('error event threw', e.message); }
try { new NpmEvents().emit('error', 'str'); } catch (e) { console.log(e.message); }
NpmEvents.once(poly, 'ready').then((args) => console.log('once resolved', args));
BuiltinEmitter.once(legacy, 'ready').then((args) => console.log('builtin once resolved', args));
poly.emit('ready', 1, 2);
legacy.emit('ready', 3);
const old = deprecate(() => 'result', 'old() is deprecated');
console.log(old(), old());
