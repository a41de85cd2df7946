// The WHATWG Streams Standard's classes in one object (node:stream/web
// takes them from here; each lazy global loads only its own file). The
// implementation is split along the spec's seams:
//   streams_readable            ReadableStream, its two readers
//   streams_default_controller  ReadableStreamDefaultController
//   streams_byte_controller     ReadableByteStreamController, BYOB requests
//   streams_tee, streams_iteration (async iteration, from()), streams_pipe
//   streams_writable, streams_writable_controller
//   streams_transform, streams_strategies
//   streams_text                TextEncoderStream, TextDecoderStream
//   streams_util                errors, promises, queues, conversions
(function (exports, require, binding, internals, module) {
  'use strict';

  const readable = require('internal:web/streams_readable');
  const defaultController = require('internal:web/streams_default_controller');
  const byteController = require('internal:web/streams_byte_controller');
  const writable = require('internal:web/streams_writable');
  const writableController =
    require('internal:web/streams_writable_controller');
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
    writableController.WritableStreamDefaultController;
  exports.ByteLengthQueuingStrategy = strategies.ByteLengthQueuingStrategy;
  exports.CountQueuingStrategy = strategies.CountQueuingStrategy;
});
