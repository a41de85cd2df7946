// TextEncoderStream and TextDecoderStream (WHATWG Encoding, "Interface
// mixin GenericTransformStream"), on top of TextEncoder/TextDecoder from
// internal:web/encoding.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, invalidThis, inspectStream, customInspect, defineToStringTag,
    makeEnumerable,
  } = require('internal:web/streams_util');
  require('internal:web/streams_transform');

  let encoding;
  const codecs = () => (encoding ??= require('internal:web/encoding'));

  const isLeadSurrogate = (code) => code >= 0xD800 && code <= 0xDBFF;

  class TextEncoderStream {
    #transform;
    #encoder;
    #pendingLead = '';  // a leading surrogate held back from the last chunk

    constructor() {
      this.#encoder = new (codecs().TextEncoder)();
      this.#transform = ops.createTransformStream(
        (controller, chunk) => this.#encodeAndEnqueue(controller, chunk),
        (controller) => this.#flush(controller));
    }

    static #of(value) {
      return typeof value === 'object' && value !== null &&
        #transform in value ? value : undefined;
    }

    // "Encode and enqueue a chunk": a lone surrogate becomes U+FFFD, except
    // a leading one at the end, which waits for the next chunk.
    #encodeAndEnqueue(controller, chunk) {
      let input = this.#pendingLead + `${chunk}`;
      this.#pendingLead = '';
      if (input.length > 0 &&
          isLeadSurrogate(input.charCodeAt(input.length - 1))) {
        this.#pendingLead = input[input.length - 1];
        input = input.slice(0, -1);
      }
      if (input.length === 0) return;
      const output = this.#encoder.encode(input);
      if (output.byteLength > 0) {
        ops.transformStreamDefaultControllerEnqueue(controller, output);
      }
    }

    #flush(controller) {
      if (this.#pendingLead !== '') {
        ops.transformStreamDefaultControllerEnqueue(
          controller, new Uint8Array([0xEF, 0xBF, 0xBD]));
      }
    }

    get encoding() {
      if (TextEncoderStream.#of(this) === undefined) {
        throw invalidThis('TextEncoderStream');
      }
      return 'utf-8';
    }

    get readable() {
      if (TextEncoderStream.#of(this) === undefined) {
        throw invalidThis('TextEncoderStream');
      }
      return this.#transform.readable.api;
    }

    get writable() {
      if (TextEncoderStream.#of(this) === undefined) {
        throw invalidThis('TextEncoderStream');
      }
      return this.#transform.writable.api;
    }

    [customInspect](depth, options) {
      return inspectStream('TextEncoderStream', {
        encoding: 'utf-8',
        readable: this.#transform.readable.api,
        writable: this.#transform.writable.api,
      }, depth, options);
    }
  }
  makeEnumerable(TextEncoderStream, ['encoding', 'readable', 'writable']);
  defineToStringTag(TextEncoderStream);

  class TextDecoderStream {
    #transform;
    #decoder;

    constructor(label = 'utf-8', options = undefined) {
      this.#decoder = new (codecs().TextDecoder)(label, options);
      this.#transform = ops.createTransformStream(
        (controller, chunk) => {
          const output = this.#decoder.decode(chunk, { stream: true });
          if (output !== '') {
            ops.transformStreamDefaultControllerEnqueue(controller, output);
          }
        },
        (controller) => {
          const output = this.#decoder.decode();
          if (output !== '') {
            ops.transformStreamDefaultControllerEnqueue(controller, output);
          }
        });
    }

    static #of(value) {
      return typeof value === 'object' && value !== null &&
        #transform in value ? value : undefined;
    }

    get encoding() {
      if (TextDecoderStream.#of(this) === undefined) {
        throw invalidThis('TextDecoderStream');
      }
      return this.#decoder.encoding;
    }

    get fatal() {
      if (TextDecoderStream.#of(this) === undefined) {
        throw invalidThis('TextDecoderStream');
      }
      return this.#decoder.fatal;
    }

    get ignoreBOM() {
      if (TextDecoderStream.#of(this) === undefined) {
        throw invalidThis('TextDecoderStream');
      }
      return this.#decoder.ignoreBOM;
    }

    get readable() {
      if (TextDecoderStream.#of(this) === undefined) {
        throw invalidThis('TextDecoderStream');
      }
      return this.#transform.readable.api;
    }

    get writable() {
      if (TextDecoderStream.#of(this) === undefined) {
        throw invalidThis('TextDecoderStream');
      }
      return this.#transform.writable.api;
    }

    [customInspect](depth, options) {
      return inspectStream('TextDecoderStream', {
        encoding: this.#decoder.encoding,
        fatal: this.#decoder.fatal,
        ignoreBOM: this.#decoder.ignoreBOM,
        readable: this.#transform.readable.api,
        writable: this.#transform.writable.api,
      }, depth, options);
    }
  }
  makeEnumerable(TextDecoderStream,
                 ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);
  defineToStringTag(TextDecoderStream);

  exports.TextEncoderStream = TextEncoderStream;
  exports.TextDecoderStream = TextDecoderStream;
});
