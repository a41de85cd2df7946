// node:stream: the legacy Stream (an EventEmitter with pipe(), what
// packages like sax and through build on) works; the streams of
// Node >= 0.10 (Readable, Writable, Duplex, Transform, PassThrough) and
// the helpers are not implemented yet (see node:internal/denied). The
// classes exist with Node's prototype chain (Readable/Writable -> Stream
// -> EventEmitter, Duplex -> Readable, Transform -> Duplex, PassThrough ->
// Transform), so packages that subclass them at load time load;
// constructing one throws ERR_METHOD_NOT_IMPLEMENTED.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const EventEmitter = require('node:events');

  function Stream(opts) {
    EventEmitter.call(this, opts);
  }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Stream, EventEmitter);

  function prependListener(emitter, event, fn) {
    if (typeof emitter.prependListener === 'function') {
      emitter.prependListener(event, fn);
    } else if (!emitter._events || !emitter._events[event]) {
      emitter.on(event, fn);
    } else if (Array.isArray(emitter._events[event])) {
      emitter._events[event].unshift(fn);
    } else {
      emitter._events[event] = [fn, emitter._events[event]];
    }
  }

  // The classic pipe: 'data' is written to `dest` (pausing the source
  // while dest.write() says false, until 'drain'); 'end' ends dest, 'close'
  // destroys it (unless options.end is false); an error no one else
  // handles is re-emitted; everything is unhooked at the end.
  Stream.prototype.pipe = function (dest, options) {
    const source = this;
    const ondata = (chunk) => {
      if (dest.writable && dest.write(chunk) === false && source.pause) {
        source.pause();
      }
    };
    const ondrain = () => {
      if (source.readable && source.resume) source.resume();
    };
    let ended = false;
    const onend = () => {
      if (ended) return;
      ended = true;
      dest.end();
    };
    const onclose = () => {
      if (ended) return;
      ended = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    };
    function onerror(error) {
      cleanup();
      if (EventEmitter.listenerCount(this, 'error') === 0) this.emit('error', error);
    }
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
    source.on('data', ondata);
    dest.on('drain', ondrain);
    if (!dest._isStdio && (!options || options.end !== false)) {
      source.on('end', onend);
      source.on('close', onclose);
    }
    prependListener(source, 'error', onerror);
    prependListener(dest, 'error', onerror);
    source.on('end', cleanup);
    source.on('close', cleanup);
    dest.on('close', cleanup);
    dest.emit('pipe', source);
    return dest;
  };

  // Only events that still have listeners.
  Stream.prototype.eventNames = function eventNames() {
    const names = [];
    for (const key of Reflect.ownKeys(this._events)) {
      const listeners = this._events[key];
      if (typeof listeners === 'function' ||
          (Array.isArray(listeners) && listeners.length > 0)) {
        names.push(key);
      }
    }
    return names;
  };

  const Readable = denied.deniedClass('stream', 'Readable', 'none', [], Stream);
  const Writable = denied.deniedClass('stream', 'Writable', 'none', [], Stream);
  const Duplex = denied.deniedClass('stream', 'Duplex', 'none', [], Readable);
  const Transform = denied.deniedClass('stream', 'Transform', 'none', [], Duplex);
  const PassThrough = denied.deniedClass('stream', 'PassThrough', 'none', [], Transform);
  denied.define(Stream, 'stream', {
    functions: {
      none: ['isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable',
             'duplexPair', 'pipeline', 'addAbortSignal', 'finished', 'destroy',
             'compose', 'setDefaultHighWaterMark', 'getDefaultHighWaterMark'],
    },
  });
  Object.assign(Stream, { Readable, Writable, Duplex, Transform, PassThrough, Stream });
  Object.defineProperty(Stream, 'promises', {
    enumerable: true,
    configurable: true,
    get() { return require('node:stream/promises'); },
  });
  module.exports = Stream;
  require('node:internal/denied').reorder(module.exports, [
    'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable',
    'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'duplexPair',
    'pipeline', 'addAbortSignal', 'finished', 'destroy', 'compose',
    'setDefaultHighWaterMark', 'getDefaultHighWaterMark', 'promises', 'Stream',
    '_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer',
  ]);
});
