// node:stream/web: the WHATWG Streams classes, in Node 20's key order.
// CompressionStream and DecompressionStream are absent (no zlib here).
(function (exports, require, binding, internals, module) {
  'use strict';

  const streams = require('internal:web/streams');
  const text = require('internal:web/streams_text');
  module.exports = {
    ReadableStream: streams.ReadableStream,
    ReadableStreamDefaultReader: streams.ReadableStreamDefaultReader,
    ReadableStreamBYOBReader: streams.ReadableStreamBYOBReader,
    ReadableStreamBYOBRequest: streams.ReadableStreamBYOBRequest,
    ReadableByteStreamController: streams.ReadableByteStreamController,
    ReadableStreamDefaultController: streams.ReadableStreamDefaultController,
    TransformStream: streams.TransformStream,
    TransformStreamDefaultController: streams.TransformStreamDefaultController,
    WritableStream: streams.WritableStream,
    WritableStreamDefaultWriter: streams.WritableStreamDefaultWriter,
    WritableStreamDefaultController: streams.WritableStreamDefaultController,
    ByteLengthQueuingStrategy: streams.ByteLengthQueuingStrategy,
    CountQueuingStrategy: streams.CountQueuingStrategy,
    TextEncoderStream: text.TextEncoderStream,
    TextDecoderStream: text.TextDecoderStream,
  };
});
