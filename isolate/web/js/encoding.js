// TextEncoder and TextDecoder (WHATWG Encoding), the way Node 20 has them.
//
// The codecs are C++ (binding('encoding'), isolate/web/encoding_binding.h):
// UTF-8, UTF-16LE/BE and windows-1252 by the standard's own algorithms,
// every other legacy encoding through ICU, as Node's ICU build does. What
// Node 20 does besides the standard is kept, because programs see it:
//   - A decoder that was never asked to stream takes Node's "fast paths":
//     UTF-8 one-shot, and windows-1252 labels ('latin1', 'ascii', ...)
//     decoded as ISO-8859-1 (byte n -> U+00nn). The first decode() with
//     {stream: true} switches the decoder for good to the converter path,
//     where windows-1252 is the standard's (0x80 -> U+20AC).
//   - The converter path reads options.stream again, validates `options`,
//     and decode(input, null) does not flush.
//   - Each path has its own wording for a bad `input`.
// Also exports makeNodeError() for internal:web/base64 and node:buffer.
(function (exports, require, binding, internals, module) {
  'use strict';

  const codec = binding('encoding');
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  // ---- Node-style errors ------------------------------------------------

  // One subclass per (base, code), like Node's NodeError: `code` is an own
  // enumerable property, String(error) and the stack's first line read
  // "TypeError [CODE]: message".
  const errorClasses = new Map();
  function makeNodeError(Base, code, message) {
    const key = `${Base.name} ${code}`;
    let NodeError = errorClasses.get(key);
    if (NodeError === undefined) {
      NodeError = class NodeError extends Base {
        constructor(text) {
          super(text);
          Object.defineProperty(this, 'name', {
            value: `${Base.name} [${code}]`, configurable: true,
            writable: true,
          });
          this.stack; // formats the stack with the name above
          delete this.name;
          this.code = code;
        }
        toString() { return `${this.name} [${code}]: ${this.message}`; }
      };
      errorClasses.set(key, NodeError);
    }
    return new NodeError(message);
  }

  // What Node's C++ throws: a plain error with an own `code`.
  function makeCodedError(Base, code, message) {
    const error = new Base(message);
    error.code = code;
    return error;
  }

  function invalidThis(type) {
    return makeNodeError(TypeError, 'ERR_INVALID_THIS',
                         `Value of "this" must be of type ${type}`);
  }

  function invalidArgType(name, expected, value) {
    const plain = internals.invalidArgType(name, expected, value);
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', plain.message);
  }

  // Node's validateObject(value, name, allow objects and null): arrays and
  // functions pass, other primitives do not.
  function validateOptions(options) {
    if (options !== null && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw invalidArgType('options', 'object', options);
    }
  }

  // ---- labels -------------------------------------------------------------

  // The standard's encodings and their labels.
  const labelTable = {
    'utf-8': 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 ' +
      'x-unicode20utf8',
    'ibm866': '866 cp866 csibm866 ibm866',
    'iso-8859-2': 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 ' +
      'iso_8859-2 iso_8859-2:1987 l2 latin2',
    'iso-8859-3': 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 ' +
      'iso_8859-3 iso_8859-3:1988 l3 latin3',
    'iso-8859-4': 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 ' +
      'iso_8859-4 iso_8859-4:1988 l4 latin4',
    'iso-8859-5': 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 ' +
      'iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988',
    'iso-8859-6': 'arabic asmo-708 csiso88596e csiso88596i ' +
      'csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i ' +
      'iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
    'iso-8859-7': 'csisolatingreek ecma-118 elot_928 greek greek8 ' +
      'iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 ' +
      'iso_8859-7:1987 sun_eu_greek',
    'iso-8859-8': 'csiso88598e csisolatinhebrew hebrew iso-8859-8 ' +
      'iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 ' +
      'iso_8859-8:1988 visual',
    'iso-8859-8-i': 'csiso88598i iso-8859-8-i logical',
    'iso-8859-10': 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 ' +
      'iso885910 l6 latin6',
    'iso-8859-13': 'iso-8859-13 iso8859-13 iso885913',
    'iso-8859-14': 'iso-8859-14 iso8859-14 iso885914',
    'iso-8859-15': 'csisolatin9 iso-8859-15 iso8859-15 iso885915 ' +
      'iso_8859-15 l9',
    'iso-8859-16': 'iso-8859-16',
    'koi8-r': 'cskoi8r koi koi8 koi8-r koi8_r',
    'koi8-u': 'koi8-ru koi8-u',
    'macintosh': 'csmacintosh mac macintosh x-mac-roman',
    'windows-874': 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 ' +
      'windows-874',
    'windows-1250': 'cp1250 windows-1250 x-cp1250',
    'windows-1251': 'cp1251 windows-1251 x-cp1251',
    'windows-1252': 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 ' +
      'iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 ' +
      'iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
    'windows-1253': 'cp1253 windows-1253 x-cp1253',
    'windows-1254': 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 ' +
      'iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254',
    'windows-1255': 'cp1255 windows-1255 x-cp1255',
    'windows-1256': 'cp1256 windows-1256 x-cp1256',
    'windows-1257': 'cp1257 windows-1257 x-cp1257',
    'windows-1258': 'cp1258 windows-1258 x-cp1258',
    'x-mac-cyrillic': 'x-mac-cyrillic x-mac-ukrainian',
    'gbk': 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk ' +
      'iso-ir-58 x-gbk',
    'gb18030': 'gb18030',
    'big5': 'big5 big5-hkscs cn-big5 csbig5 x-x-big5',
    'euc-jp': 'cseucpkdfmtjapanese euc-jp x-euc-jp',
    'iso-2022-jp': 'csiso2022jp iso-2022-jp',
    'shift_jis': 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis ' +
      'windows-31j x-sjis',
    'euc-kr': 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ' +
      'ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949',
    'replacement': 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext ' +
      'iso-2022-kr replacement',
    'utf-16be': 'unicodefffe utf-16be',
    'utf-16le': 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 ' +
      'utf-16le',
    'x-user-defined': 'x-user-defined',
  };
  let labels;
  function encodingOfLabel(label) {
    if (labels === undefined) {
      labels = new Map();
      for (const name of Object.keys(labelTable)) {
        for (const alias of labelTable[name].split(' ')) {
          labels.set(alias, name);
        }
      }
    }
    // ASCII whitespace is trimmed; the case folding is
    // String#toLowerCase, as in Node ('\u212Aoi8-r' is koi8-r).
    const trimmed = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    return labels.get(trimmed.toLowerCase());
  }

  // Decoder kinds of binding('encoding').decode().
  const kUtf8 = 0;
  const kUtf16Le = 1;
  const kUtf16Be = 2;
  const kWindows1252 = 3;
  const kLatin1 = 4;
  const kLegacy = -1;
  const kinds = {
    'utf-8': kUtf8, 'utf-16le': kUtf16Le, 'utf-16be': kUtf16Be,
    'windows-1252': kWindows1252,
  };
  const kFlush = 1;
  const kFatal = 2;
  const kIgnoreBom = 4;
  const kStateBytes = 16;

  function notSupported(name) {
    return makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
                         `The "${name}" encoding is not supported`);
  }

  // ---- TextDecoder --------------------------------------------------------

  const emptyInput = new Uint8Array(0);

  class TextDecoder {
    #encoding;
    #fatal;
    #ignoreBOM;
    #flags;
    #kind;
    // The one-shot path (see the file comment) until a streaming call.
    #fastPath;
    #state;   // Uint8Array(kStateBytes), made for the first stream
    #legacy;  // ICU converter handle for other encodings

    constructor(encoding = 'utf-8', options = undefined) {
      encoding = `${encoding}`;
      if (options === undefined) options = {};
      validateOptions(options);
      const name = encodingOfLabel(encoding);
      if (name === undefined) throw notSupported(encoding);
      let flags = 0;
      if (options !== null) {
        if (options.fatal) flags |= kFatal;
        if (options.ignoreBOM) flags |= kIgnoreBom;
      }
      this.#flags = flags;
      this.#encoding = name;
      this.#ignoreBOM = Boolean(options?.ignoreBOM);
      this.#fatal = Boolean(options?.fatal);
      const kind = kinds[name];
      if (kind !== undefined) {
        this.#kind = kind;
        this.#fastPath = kind === kUtf8 || kind === kWindows1252;
      } else {
        this.#kind = kLegacy;
        this.#fastPath = false;
        if (name !== 'replacement' && name !== 'x-user-defined') {
          this.#legacy = codec.legacyDecoder(name, (flags & kFatal) !== 0);
        }
        if (this.#legacy === undefined) throw notSupported(name);
      }
    }

    decode(input = emptyInput, options = undefined) {
      if (!TextDecoder.#is(this)) throw invalidThis('TextDecoder');
      if (options === undefined) options = {};
      if (this.#fastPath) {
        this.#fastPath = !(options?.stream);
        if (this.#fastPath) return this.#decodeOnce(input);
      }
      validateOptions(options);
      let flush = false;
      if (options !== null) flush = !options.stream;
      let result;
      if (this.#kind === kLegacy) {
        result = codec.legacyDecode(this.#legacy, input, flush);
      } else {
        this.#state ??= new Uint8Array(kStateBytes);
        result = codec.decode(input, this.#kind, this.#state,
                              this.#flags | (flush ? kFlush : 0));
      }
      if (result === undefined) {
        throw makeCodedError(
          TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "input" argument must be an instance of SharedArrayBuffer, ' +
          'ArrayBuffer or ArrayBufferView.');
      }
      if (result === null) throw this.#invalidData();
      return result;
    }

    get encoding() {
      if (!TextDecoder.#is(this)) throw invalidThis('TextDecoder');
      return this.#encoding;
    }

    get fatal() {
      if (!TextDecoder.#is(this)) throw invalidThis('TextDecoder');
      return this.#fatal;
    }

    get ignoreBOM() {
      if (!TextDecoder.#is(this)) throw invalidThis('TextDecoder');
      return this.#ignoreBOM;
    }

    #decodeOnce(input) {
      if (this.#kind === kUtf8) {
        const result = codec.decode(input, kUtf8, undefined,
                                    this.#flags | kFlush);
        if (result === undefined) {
          throw makeCodedError(
            TypeError, 'ERR_INVALID_ARG_TYPE',
            'The "list" argument must be an instance of SharedArrayBuffer, ' +
            'ArrayBuffer or ArrayBufferView.');
        }
        if (result === null) throw this.#invalidData();
        return result;
      }
      const result = codec.decode(input, kLatin1, undefined, kFlush);
      if (result === undefined) {
        throw makeCodedError(
          TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "input" argument must be an instance of ArrayBuffer, ' +
          'SharedArrayBuffer, or ArrayBufferView.');
      }
      return result;
    }

    static #is(value) {
      return value !== null &&
        (typeof value === 'object' || typeof value === 'function') &&
        #encoding in value;
    }

    #invalidData() {
      return makeCodedError(
        TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
        `The encoded data was not valid for encoding ${this.#encoding}`);
    }

    [customInspect](depth, options) {
      if (!TextDecoder.#is(this)) throw invalidThis('TextDecoder');
      const constructor = constructorOf(this) ?? TextDecoder;
      if (typeof depth === 'number' && depth < 0) return `[${constructor.name}]`;
      const shown = {
        encoding: this.#encoding,
        fatal: this.#fatal,
        ignoreBOM: this.#ignoreBOM,
      };
      return `${constructor.name} ${internals.inspect(shown)}`;
    }
  }

  // The nearest constructor on the prototype chain (Node's
  // getConstructorOf).
  function constructorOf(object) {
    while (object !== null && object !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '') {
        return descriptor.value;
      }
      object = Object.getPrototypeOf(object);
    }
    return null;
  }

  // ---- TextEncoder --------------------------------------------------------

  const encodeIntoResult = codec.encodeIntoResult;

  class TextEncoder {
    #brand = true;

    static #is(value) {
      return value !== null &&
        (typeof value === 'object' || typeof value === 'function') &&
        #brand in value;
    }

    get encoding() {
      if (!TextEncoder.#is(this)) throw invalidThis('TextEncoder');
      return 'utf-8';
    }

    encode(input = '') {
      if (!TextEncoder.#is(this)) throw invalidThis('TextEncoder');
      const string = `${input}`;
      const bytes = new Uint8Array(codec.utf8Length(string));
      if (bytes.length > 0) codec.encodeUtf8(string, bytes);
      return bytes;
    }

    encodeInto(src, dest) {
      if (!TextEncoder.#is(this)) throw invalidThis('TextEncoder');
      if (typeof src !== 'string') throw invalidArgType('src', 'string', src);
      if (!isUint8Array(dest)) {
        throw makeNodeError(
          TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "dest" argument must be an instance of Uint8Array.' +
          internals.describeReceived(dest));
      }
      codec.encodeInto(src, dest);
      return { read: encodeIntoResult[0], written: encodeIntoResult[1] };
    }

    [customInspect](depth, options) {
      if (!TextEncoder.#is(this)) throw invalidThis('TextEncoder');
      if (typeof depth === 'number' && depth < 0) {
        return `[${(constructorOf(this) ?? TextEncoder).name}]`;
      }
      return internals.inspect({ encoding: 'utf-8' }, options);
    }
  }

  const typedArrayTag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  function isUint8Array(value) {
    return typedArrayTag.call(value) === 'Uint8Array';
  }

  function defineCommon(prototype, name, methods) {
    for (const key of methods) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
      descriptor.enumerable = true;
      Object.defineProperty(prototype, key, descriptor);
    }
    Object.defineProperty(prototype, customInspect, { enumerable: false });
    Object.defineProperty(prototype, Symbol.toStringTag, {
      value: name, configurable: true,
    });
  }
  defineCommon(TextDecoder.prototype, 'TextDecoder',
               ['decode', 'encoding', 'fatal', 'ignoreBOM']);
  defineCommon(TextEncoder.prototype, 'TextEncoder',
               ['encoding', 'encode', 'encodeInto']);

  exports.TextEncoder = TextEncoder;
  exports.TextDecoder = TextDecoder;
  exports.makeNodeError = makeNodeError;
});
