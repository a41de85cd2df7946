// node:internal/stream_legacy: Stream, the EventEmitter every stream
// class descends from, with the old (streams1) pipe() that ends or
// destroys the destination with the source.
(function (exports, require, binding, internals, module) {
  'use strict';

  const EE = require('node:events');

  function Stream(opts) {
    Reflect.apply(EE, this, [opts]);
  }
  Object.setPrototypeOf(Stream.prototype, EE.prototype);
  Object.setPrototypeOf(Stream, EE);

  // Puts fn first among emitter's listeners for event, also on emitters
  // that predate prependListener.
  function prependListener(emitter, event, fn) {
    if (typeof emitter.prependListener === 'function') {
      return emitter.prependListener(event, fn);
    }
    if (!emitter._events || !emitter._events[event]) {
      emitter.on(event, fn);
    } else if (Array.isArray(emitter._events[event])) {
      emitter._events[event].unshift(fn);
    } else {
      emitter._events[event] = [fn, emitter._events[event]];
    }
  }

  Stream.prototype.pipe = function (dest, options) {
    const source = this;

    function ondata(chunk) {
      if (dest.writable && dest.write(chunk) === false && source.pause) {
        source.pause();
      }
    }
    source.on('data', ondata);

    function ondrain() {
      if (source.readable && source.resume) source.resume();
    }
    dest.on('drain', ondrain);

    if (!dest._isStdio && (!options || options.end !== false)) {
      source.on('end', onend);
      source.on('close', onclose);
    }

    let didOnEnd = false;
    function onend() {
      if (didOnEnd) return;
      didOnEnd = true;
      dest.end();
    }
    function onclose() {
      if (didOnEnd) return;
      didOnEnd = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    }

    function onerror(er) {
      cleanup();
      if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
    }
    prependListener(source, 'error', onerror);
    prependListener(dest, 'error', onerror);

    function cleanup() {
      source.removeListener('data', ondata);
      dest.removeListener('drain', ondrain);
      source.removeListener('end', onend);
      source.removeListener('close', onclose);
      source.removeListener('error', onerror);
      dest.removeListener('error', onerror);
      source.removeListener('end', cleanup);
      source.removeListener('close', cleanup);
      dest.removeListener('close', cleanup);
    }
    source.on('end', cleanup);
    source.on('close', cleanup);
    dest.on('close', cleanup);
    dest.emit('pipe', source);
    return dest;
  };

  // The names with listeners (the _events map may hold empty slots).
  Stream.prototype.eventNames = function eventNames() {
    const events = this._events;
    if (!events) return Reflect.apply(EE.prototype.eventNames, this, []);
    const names = [];
    for (const key of Reflect.ownKeys(events)) {
      const value = events[key];
      if (typeof value === 'function' || (Array.isArray(value) && value.length > 0)) {
        names.push(key);
      }
    }
    return names;
  };

  module.exports = { Stream, prependListener };
});
