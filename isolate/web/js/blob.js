// Blob and File (File API). A Blob is an immutable list of byte chunks:
// the constructor copies ArrayBuffers and views (strings become UTF-8),
// blobs inside share their chunks, and slice() only narrows the list, so
// nothing is copied until arrayBuffer()/text()/bytes().
//
// Node 20's behaviour and messages, except where Node is wrong:
//  - slice() takes any numbers, converted as WebIDL's [Clamp] long long
//    (NaN is 0, fractions round half to even); Node 20 aborts the process
//    on a non-integer or an infinite bound.
//  - endings: 'native' turns every CR LF, CR and LF into LF (the File API);
//    Node 20 leaves a lone CR alone.
// Not here: stream() (there is no ReadableStream), and structured clone of
// a Blob (postMessage/structuredClone throw DataCloneError; Node clones).
(function (exports, require, binding, internals, module) {
  'use strict';
  const { describeReceived } = internals;
  const utf8 = binding('blob');

  const { codedError, invalidThis } = require('internal:web/errors');

  const arrayBufferByteLength = Object.getOwnPropertyDescriptor(
    ArrayBuffer.prototype, 'byteLength').get;
  const sharedByteLength = Object.getOwnPropertyDescriptor(
    SharedArrayBuffer.prototype, 'byteLength').get;

  function isBuffer(value, getter) {
    try {
      getter.call(value);
      return true;
    } catch {
      return false;
    }
  }

  function encodeUtf8(text) {
    const bytes = new Uint8Array(utf8.utf8Length(text));
    utf8.utf8Write(text, bytes);
    return bytes;
  }

  // The File API's type rule: any character outside U+0020..U+007E makes
  // it the empty string; otherwise ASCII-lowercased.
  function normalizeType(type) {
    const text = `${type}`;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e) return '';
    }
    return text.toLowerCase();
  }

  // WebIDL [Clamp] long long.
  function clampInteger(value) {
    let x = Number(value);
    if (Number.isNaN(x)) return 0;
    x = Math.min(Math.max(x, -(2 ** 63)), 2 ** 63);
    const floor = Math.floor(x);
    const fraction = x - floor;
    if (fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0)) {
      return floor + 1 === 0 ? 0 : floor + 1;
    }
    return floor === 0 ? 0 : floor;
  }

  const kCreate = Symbol('isohost.blobCreate');
  const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
  let chunksOf;

  class Blob {
    #chunks;  // Uint8Arrays, never written after the blob is made
    #size;
    #type;

    constructor(sources = undefined, options = undefined) {
      if (sources === kCreate) {
        this.#chunks = options.chunks;
        this.#size = options.size;
        this.#type = options.type;
        return;
      }
      let parts = [];
      if (sources !== undefined) {
        if (sources === null || typeof sources !== 'object' ||
            typeof sources[Symbol.iterator] !== 'function') {
          throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                           'The "sources" argument must be a sequence.' +
                           describeReceived(sources));
        }
        parts = [...sources];
      }
      if (options !== undefined && options !== null &&
          typeof options !== 'object' && typeof options !== 'function') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                         'The "options" argument must be a dictionary.' +
                         describeReceived(options));
      }
      const type = options?.type;
      const endings = options?.endings === undefined ? 'transparent' :
        `${options.endings}`;
      if (endings !== 'transparent' && endings !== 'native') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                         "The property 'options.endings' is invalid. " +
                         `Received '${endings}'`);
      }
      const chunks = [];
      let size = 0;
      const add = (chunk) => {
        if (chunk.length === 0) return;
        chunks.push(chunk);
        size += chunk.length;
      };
      for (const part of parts) {
        const inner = chunksOf(part);
        if (inner !== undefined) {
          for (const chunk of inner) add(chunk);
        } else if (ArrayBuffer.isView(part)) {
          add(new Uint8Array(part.buffer, part.byteOffset, part.byteLength)
            .slice());
        } else if (isBuffer(part, arrayBufferByteLength) ||
                   isBuffer(part, sharedByteLength)) {
          add(new Uint8Array(part).slice());
        } else {
          let text = `${part}`;
          if (endings === 'native') text = text.replace(/\r\n|\r|\n/g, '\n');
          add(encodeUtf8(text));
        }
      }
      this.#chunks = chunks;
      this.#size = size;
      this.#type = type === undefined ? '' : normalizeType(type);
    }

    get type() {
      if (!(#size in this)) throw invalidThis('Blob');
      return this.#type;
    }

    get size() {
      if (!(#size in this)) throw invalidThis('Blob');
      return this.#size;
    }

    slice(start = undefined, end = undefined, contentType = undefined) {
      if (!(#size in this)) throw invalidThis('Blob');
      const size = this.#size;
      const relative = (value, fallback) => {
        if (value === undefined) return fallback;
        const x = clampInteger(value);
        return x < 0 ? Math.max(size + x, 0) : Math.min(x, size);
      };
      const from = relative(start, 0);
      const to = relative(end, size);
      const span = Math.max(to - from, 0);
      const chunks = [];
      let offset = 0;
      for (const chunk of this.#chunks) {
        if (chunks.length > 0 || offset + chunk.length > from) {
          const begin = Math.max(from - offset, 0);
          const stop = Math.min(from + span - offset, chunk.length);
          if (stop > begin) {
            chunks.push(begin === 0 && stop === chunk.length ? chunk :
              chunk.subarray(begin, stop));
          }
        }
        offset += chunk.length;
        if (offset >= from + span) break;
      }
      return new Blob(kCreate, {
        chunks,
        size: span,
        type: contentType === undefined ? '' : normalizeType(contentType),
      });
    }

    arrayBuffer() {
      if (!(#size in this)) return Promise.reject(invalidThis('Blob'));
      const bytes = this.#gather();
      // One microtask later, as Node's in-memory read resolves.
      return Promise.resolve().then(() => bytes.buffer);
    }

    async text() {
      if (!(#size in this)) throw invalidThis('Blob');
      return utf8.utf8Decode(await this.arrayBuffer(), true);
    }

    bytes() {
      if (!(#size in this)) throw invalidThis('Blob');
      return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
    }

    [inspectSymbol](depth, options, inspect) {
      if (depth < 0) return `[${this.constructor.name}]`;
      const opts = {
        ...options, depth: options.depth == null ? null : options.depth - 1,
      };
      return `${this.constructor.name} ${inspect(this.#inspectFields(), opts)}`;
    }

    #inspectFields() {
      const fields = { size: this.#size, type: this.#type };
      if (this instanceof File) {
        fields.name = this.name;
        fields.lastModified = this.lastModified;
      }
      return fields;
    }

    // A fresh copy of the bytes.
    #gather() {
      const out = new Uint8Array(this.#size);
      let offset = 0;
      for (const chunk of this.#chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      return out;
    }

    static {
      chunksOf = (value) =>
        (value !== null && typeof value === 'object' && #size in value ?
          value.#chunks : undefined);
    }
  }
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
    value: 'Blob', configurable: true,
  });

  class File extends Blob {
    #name;
    #lastModified;

    constructor(fileBits, fileName, options = undefined) {
      if (arguments.length < 2) {
        throw codedError(TypeError, 'ERR_MISSING_ARGS',
                         'The "fileBits" and "fileName" arguments must be ' +
                         'specified');
      }
      super(fileBits, options);
      let lastModified = options?.lastModified;
      if (lastModified === undefined) {
        lastModified = Date.now();
      } else {
        lastModified = +lastModified;
        if (Number.isNaN(lastModified)) lastModified = 0;
      }
      this.#name = `${fileName}`;
      this.#lastModified = lastModified;
    }

    get name() { return this.#name; }
    get lastModified() { return this.#lastModified; }
  }
  Object.defineProperty(File.prototype, Symbol.toStringTag, {
    value: 'File', configurable: true,
  });

  exports.Blob = Blob;
  exports.File = File;
});
