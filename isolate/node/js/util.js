// node:util as in Node 20. format/inspect are isohost's own Node-exact
// formatter (isolate/js/inspect.js, shared with console); the rest is here
// and in node:internal/util_* helpers.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    codes, validateAbortSignal, validateBoolean, validateFunction,
    validateNumber, validateObject, validateString,
  } = require('node:internal/errors');
  const { emitWarning } = require('node:internal/warning');
  const types = require('node:util/types');
  const { colors, styles } = require('node:internal/util_colors');
  const utilBinding = binding('util');
  require('node:timers');  // util.promisify(setTimeout) needs its custom

  // ---- inspect / format -----------------------------------------------------

  // The formatter console uses, got through its own custom-inspect hook: a
  // custom inspector is handed the inspect function itself.
  let inspect;
  internals.inspect({
    [Symbol.for('nodejs.util.inspect.custom')](depth, options, self) {
      inspect = self;
      return '';
    },
  });
  const defaultOptions = inspect.defaultOptions;
  if (Object.getOwnPropertyDescriptor(inspect, 'defaultOptions').writable) {
    Object.defineProperty(inspect, 'defaultOptions', {
      enumerable: false,
      get() { return defaultOptions; },
      set(options) {
        validateObject(options, 'options');
        return Object.assign(defaultOptions, options);
      },
    });
    inspect.colors = colors;
    inspect.styles = styles;
  }

  const { format } = internals;

  // formatWithOptions needs a formatter that takes options; a second
  // instance of the same code is built for it on first use, and handed the
  // shared defaults so both agree.
  let optionsFormatter;
  function formatWithOptions(inspectOptions, ...args) {
    validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
    const keys = Object.keys(inspectOptions);
    if (keys.length === 0) return format(...args);
    const { natives } = internals;
    optionsFormatter ??= natives.createInspect({
      getPromiseState: natives.getPromiseState,
      getProxyTarget: natives.getProxyTarget,
      previewEntries: natives.previewEntries,
      getOwnNonIndexProperties: natives.getOwnNonIndexProperties,
    });
    return optionsFormatter.formatWithOptions(
      { ...defaultOptions, ...inspectOptions }, ...args);
  }

  // ---- promisify / callbackify --------------------------------------------

  const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
  const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

  function copyOwnProperties(target, source) {
    const descriptors = Object.getOwnPropertyDescriptors(source);
    for (const key of Reflect.ownKeys(descriptors)) {
      Object.setPrototypeOf(descriptors[key], null);
    }
    return Object.defineProperties(target, descriptors);
  }

  function promisify(original) {
    validateFunction(original, 'original');
    if (original[kCustomPromisified]) {
      const custom = original[kCustomPromisified];
      validateFunction(custom, 'util.promisify.custom');
      return Object.defineProperty(custom, kCustomPromisified, {
        value: custom, enumerable: false, writable: false, configurable: true,
      });
    }
    // Names for a callback that passes several values (fs.read's
    // bytesRead and buffer): they resolve as an object.
    const argumentNames = original[kCustomPromisifyArgs];
    function fn(...args) {
      return new Promise((resolve, reject) => {
        args.push((error, ...values) => {
          if (error) return reject(error);
          if (argumentNames !== undefined && values.length > 1) {
            const object = {};
            for (let i = 0; i < argumentNames.length; i++) {
              object[argumentNames[i]] = values[i];
            }
            resolve(object);
          } else {
            resolve(values[0]);
          }
          return undefined;
        });
        Reflect.apply(original, this, args);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustomPromisified, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
    return copyOwnProperties(fn, original);
  }
  promisify.custom = kCustomPromisified;

  function callbackifyOnRejected(reason, callback) {
    // A falsy reason would read as "no error": it is wrapped.
    if (!reason) {
      reason = codes.ERR_FALSY_VALUE_REJECTION(reason);
      Error.captureStackTrace(reason, callbackifyOnRejected);
    }
    return callback(reason);
  }

  function callbackify(original) {
    validateFunction(original, 'original');
    function callbackified(...args) {
      const last = args.pop();
      validateFunction(last, 'last argument');
      const callback = last.bind(this);
      Reflect.apply(original, this, args).then(
        (value) => internals.nextTick(callback, null, value),
        (reason) => internals.nextTick(callbackifyOnRejected, reason, callback));
    }
    const descriptors = Object.getOwnPropertyDescriptors(original);
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') {
      descriptors.name.value += 'Callbackified';
    }
    for (const key of Reflect.ownKeys(descriptors)) {
      Object.setPrototypeOf(descriptors[key], null);
    }
    Object.defineProperties(callbackified, descriptors);
    return callbackified;
  }

  // ---- deprecate, inherits, _extend ---------------------------------------

  const codesWarned = new Set();

  function deprecate(fn, message, code = undefined) {
    if (code !== undefined) validateString(code, 'code');
    let warned = false;
    function deprecated(...args) {
      if (!internals.global.process?.noDeprecation && !warned) {
        warned = true;
        if (code === undefined || !codesWarned.has(code)) {
          if (code !== undefined) codesWarned.add(code);
          emitWarning(message, 'DeprecationWarning', code);
        }
      }
      if (new.target) return Reflect.construct(fn, args, new.target);
      return Reflect.apply(fn, this, args);
    }
    // The wrapper keeps fn's prototype chain, and instances made by either
    // are instances of both.
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }

  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) {
      throw codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
    }
    if (superCtor === undefined || superCtor === null) {
      throw codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
    }
    if (superCtor.prototype === undefined) {
      throw codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object',
                                       superCtor.prototype);
    }
    Object.defineProperty(ctor, 'super_', {
      value: superCtor, writable: true, configurable: true,
    });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  function _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    const keys = Object.keys(source);
    for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
    return target;
  }

  // ---- system errors ------------------------------------------------------

  function getSystemErrorName(error) {
    validateNumber(error, 'err');
    if (error >= 0 || !Number.isSafeInteger(error)) {
      throw codes.ERR_OUT_OF_RANGE('err', 'a negative integer', error);
    }
    return utilBinding.errName(error) ?? `Unknown system error ${error}`;
  }

  function getSystemErrorMap() {
    const flat = utilBinding.errMap();
    const map = new Map();
    for (let i = 0; i < flat.length; i += 3) {
      map.set(flat[i], [flat[i + 1], flat[i + 2]]);
    }
    return map;
  }

  function errorName(error) {
    return utilBinding.errName(error) ?? `Unknown system error ${error}`;
  }

  function _errnoException(error, syscall, original) {
    const code = errorName(error);
    const message = original ? `${syscall} ${code} ${original}` :
      `${syscall} ${code}`;
    const exception = new Error(message);
    exception.errno = error;
    exception.code = code;
    exception.syscall = syscall;
    Error.captureStackTrace(exception, _errnoException);
    return exception;
  }

  function _exceptionWithHostPort(error, syscall, address, port, additional) {
    const code = errorName(error);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    const exception = new Error(`${syscall} ${code}${details}`);
    exception.errno = error;
    exception.code = code;
    exception.syscall = syscall;
    exception.address = address;
    if (port) exception.port = port;
    Error.captureStackTrace(exception, _exceptionWithHostPort);
    return exception;
  }

  // ---- debuglog, log ------------------------------------------------------

  // NODE_DEBUG=a,b* (from process.env, empty in isohost unless the script
  // sets it) turns sections on; output goes to stderr as
  // "SECTION isohost: message" (Node prints its pid where "isohost" is).
  function sectionEnabled(section) {
    const setting = internals.global.process?.env?.NODE_DEBUG;
    if (!setting) return false;
    const pattern = String(setting).replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replaceAll('*', '.*').replaceAll(',', '$|^');
    return new RegExp(`^${pattern}$`, 'i').test(section);
  }

  function debuglog(section, callback) {
    let enabled;
    let impl;
    const test = () => {
      if (enabled === undefined) {
        section = String(section).toUpperCase();
        enabled = sectionEnabled(section);
      }
      return enabled;
    };
    const logger = (...args) => {
      if (impl === undefined) {
        impl = test() ? (...values) => {
          internals.natives.print(
            2, `${section} isohost: ${formatWithOptions({}, ...values)}\n`);
        } : () => {};
        if (typeof callback === 'function') callback(impl);
      }
      return impl(...args);
    };
    Object.defineProperty(logger, 'enabled', {
      get() { return test(); }, configurable: true, enumerable: true,
    });
    return logger;
  }

  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                  'Sep', 'Oct', 'Nov', 'Dec'];
  function log(...args) {
    const d = new Date();
    const pad = (n) => n.toString().padStart(2, '0');
    const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())]
      .join(':');
    internals.global.console.log('%s - %s',
                                 `${d.getDate()} ${months[d.getMonth()]} ${time}`,
                                 format(...args));
  }

  // ---- strings --------------------------------------------------------------

  // ANSI/VT escape sequences: CSI/OSC sequences (ESC or the 8-bit CSI, then
  // parameters, then a final byte) and OSC strings ended by BEL, ESC \ or
  // ST. The same set Node's stripVTControlCharacters removes.
  const vtSequence = new RegExp(
    '[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:' +
      '(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
        '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
        '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
      '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])' +
    ')', 'g');

  function stripVTControlCharacters(str) {
    validateString(str, 'str');
    return str.replace(vtSequence, '');
  }

  const loneSurrogate =
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  function toUSVString(input) {
    return `${input}`.replace(loneSurrogate, '\uFFFD');
  }

  // isohost has no TTY streams to colour: like Node writing to a pipe, the
  // text comes back plain unless validateStream is false.
  function styleText(format, text, { validateStream = true, stream } = {}) {
    validateString(text, 'text');
    validateBoolean(validateStream, 'options.validateStream');
    const formats = Array.isArray(format) ? format : [format];
    let left = '';
    let right = '';
    for (const key of formats) {
      const codesOf = colors[key];
      if (codesOf == null) {
        const allowed = Object.keys(colors).map((k) => `'${k}'`).join(', ');
        throw codes.ERR_INVALID_ARG_VALUE(
          'format', key, `must be one of: ${allowed}`);
      }
      left += `\u001b[${codesOf[0]}m`;
      right = `\u001b[${codesOf[1]}m${right}`;
    }
    if (validateStream) return text;
    return `${left}${text}${right}`;
  }

  // ---- legacy type checks (still in Node 20) --------------------------------

  function isError(e) {
    return Object.prototype.toString.call(e) === '[object Error]' ||
      e instanceof Error;
  }

  // ---- AbortSignal helpers --------------------------------------------------

  async function aborted(signal, resource) {
    if (signal === undefined) {
      throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    }
    validateAbortSignal(signal, 'signal');
    validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
    if (signal.aborted) return undefined;
    return new Promise((resolve) => {
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  // ---- the module (key order as in Node) -----------------------------------

  let deepEqual;
  module.exports = {
    _errnoException,
    _exceptionWithHostPort,
    _extend,
    callbackify,
    debug: debuglog,
    debuglog,
    deprecate,
    format,
    styleText,
    formatWithOptions,
    getSystemErrorMap,
    getSystemErrorName,
    inherits,
    inspect,
    isArray: Array.isArray,
    isBoolean: function isBoolean(arg) { return typeof arg === 'boolean'; },
    isBuffer: function isBuffer(arg) {
      const Buffer = internals.global.Buffer;
      return typeof Buffer?.isBuffer === 'function' ? Buffer.isBuffer(arg) : false;
    },
    isDeepStrictEqual(a, b) {
      deepEqual ??= require('node:internal/comparisons').isDeepStrictEqual;
      return deepEqual(a, b);
    },
    isNull: function isNull(arg) { return arg === null; },
    isNullOrUndefined: function isNullOrUndefined(arg) {
      return arg === null || arg === undefined;
    },
    isNumber: function isNumber(arg) { return typeof arg === 'number'; },
    isString: function isString(arg) { return typeof arg === 'string'; },
    isSymbol: function isSymbol(arg) { return typeof arg === 'symbol'; },
    isUndefined: function isUndefined(arg) { return arg === undefined; },
    isRegExp: types.isRegExp,
    isObject: function isObject(arg) {
      return arg !== null && typeof arg === 'object';
    },
    isDate: types.isDate,
    isError,
    isFunction: function isFunction(arg) { return typeof arg === 'function'; },
    isPrimitive: function isPrimitive(arg) {
      return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
    },
    log,
    promisify,
    stripVTControlCharacters,
    toUSVString,
    // isohost cannot send an AbortSignal to another runtime: these return
    // ordinary ones.
    transferableAbortSignal(signal) {
      validateAbortSignal(signal, 'signal');
      if (signal === undefined) {
        throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
      }
      return signal;
    },
    transferableAbortController() {
      return new internals.global.AbortController();
    },
    aborted,
    types,
  };

  // Loaded on first use, like Node's lazy properties.
  function defineLazy(key, load) {
    Object.defineProperty(module.exports, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = load();
        Object.defineProperty(module.exports, key, { value, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(module.exports, key, { value, writable: true });
      },
    });
  }
  defineLazy('parseArgs', () => require('node:internal/util_parse_args').parseArgs);
  defineLazy('TextDecoder', () => internals.global.TextDecoder);
  defineLazy('TextEncoder', () => internals.global.TextEncoder);
});
