// node:stream: not implemented in isohost yet (see node:internal/denied).
// The classes exist with Node's prototype chain (Stream -> EventEmitter,
// Readable/Writable -> Stream, Duplex -> Readable, Transform -> Duplex,
// PassThrough -> Transform), so packages that subclass them at load time
// load; constructing a stream throws ERR_METHOD_NOT_IMPLEMENTED.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const EventEmitter = require('node:events');

  const Stream = denied.deniedClass('stream', 'Stream', 'none', [], EventEmitter);
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
