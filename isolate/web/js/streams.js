// The WHATWG Streams Standard's classes (the lazy globals and node:stream/web
// take them from here). The implementation is split along the spec's
// seams: streams_readable (ReadableStream, readers), *_controller (the two
// readable controllers), streams_tee, streams_iteration (async iteration,
// ReadableStream.from), streams_pipe, streams_writable, streams_transform,
// streams_strategies, streams_text (TextEncoderStream/TextDecoderStream)
// and streams_util (shared helpers).
(function (exports, require, binding, internals, module) {
  'use strict';

  const readable = require('internal:web/streams_readable');
  const defaultController = require('internal:web/streams_default_controller');
  const byteController = require('internal:web/streams_byte_controller');
  const writable = require('internal:web/streams_writable');
  const transform = require('internal:web/streams_transform');
  const strategies = require('internal:web/streams_strategies');

  exports.ReadableStream = readable.ReadableStream;
  exports.ReadableStreamDefaultReader = readable.ReadableStreamDefaultReader;
  exports.ReadableStreamBYOBReader = readable.ReadableStreamBYOBReader;
  exports.ReadableStreamBYOBRequest = byteController.ReadableStreamBYOBRequest;
  exports.ReadableByteStreamController =
    byteController.ReadableByteStreamController;
  exports.ReadableStreamDefaultController =
    defaultController.ReadableStreamDefaultController;
  exports.TransformStream = transform.TransformStream;
  exports.TransformStreamDefaultController =
    transform.TransformStreamDefaultController;
  exports.WritableStream = writable.WritableStream;
  exports.WritableStreamDefaultWriter = writable.WritableStreamDefaultWriter;
  exports.WritableStreamDefaultController =
    writable.WritableStreamDefaultController;
  exports.ByteLengthQueuingStrategy = strategies.ByteLengthQueuingStrategy;
  exports.CountQueuingStrategy = strategies.CountQueuingStrategy;
});
