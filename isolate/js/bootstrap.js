// isolate/js/bootstrap.js: the globals every isohost runtime starts with.
//
// The host compiles this file (its completion value is the function below)
// and calls it once per runtime, before any user code, with:
//   natives  C++ functions and data of this runtime (isolate/natives.cc)
//   global   the context's global object
// It defines console, timers, immediates, queueMicrotask, process,
// performance, structuredClone, DOMException and self, and returns the
// hooks the C++ side calls back into (Runtime::SetBootstrapHooks).
//
// Semantics follow Node.js (see DESIGN.md): process.nextTick callbacks all
// run before the microtask queue is drained, the two alternate until both
// are empty, and the C++ checkpoint calls processTicksAndRejections() only
// when natives.tickFlags[0] says a tick is queued.
(function bootstrap(natives, global) {
  'use strict';

  const { inspect, format } = natives.createInspect({
    getPromiseState: natives.getPromiseState,
    getProxyTarget: natives.getProxyTarget,
    previewEntries: natives.previewEntries,
  });

  function define(name, value, enumerable = false) {
    Object.defineProperty(global, name, {
      value, writable: true, configurable: true, enumerable,
    });
  }

  function describeReceived(value) {
    if (value == null) return ` Received ${value}`;
    if (typeof value === 'function') {
      return ` Received function ${value.name || '<anonymous>'}`;
    }
    if (typeof value === 'object') {
      const name = value.constructor && value.constructor.name;
      return name ? ` Received an instance of ${name}` :
        ` Received ${inspect(value)}`;
    }
    let shown = inspect(value);
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    return ` Received type ${typeof value} (${shown})`;
  }

  function invalidArgType(name, expected, value) {
    const error = new TypeError(
      `The "${name}" argument must be of type ${expected}.` +
      describeReceived(value));
    Object.defineProperty(error, 'code', {
      value: 'ERR_INVALID_ARG_TYPE', writable: true, configurable: true,
      enumerable: true,
    });
    return error;
  }

  // ---- DOMException (WebIDL) ---------------------------------------------

  const domExceptionCodes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoModificationAllowedError: 7,
    NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
    InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18,
    NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
    DataCloneError: 25,
  };
  const domExceptionName = new WeakMap();

  class DOMException extends Error {
    constructor(message = '', options = 'Error') {
      super(String(message));
      const name = options !== null && typeof options === 'object' ?
        String(options.name === undefined ? 'Error' : options.name) :
        String(options);
      domExceptionName.set(this, name);
    }
    get name() { return domExceptionName.get(this) ?? 'Error'; }
    get code() { return domExceptionCodes[this.name] ?? 0; }
  }
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
    value: 'DOMException', configurable: true,
  });
  define('DOMException', DOMException);

  function makeDataCloneError(message) {
    return new DOMException(message, 'DataCloneError');
  }

  // ---- process.nextTick and the checkpoint -------------------------------

  const tickFlags = natives.tickFlags;
  let ticks = [];
  let tickHead = 0;

  function nextTick(callback, ...args) {
    if (typeof callback !== 'function') {
      throw invalidArgType('callback', 'function', callback);
    }
    ticks.push({ callback, args });
    tickFlags[0] = 1;
  }

  // Runs every queued tick, then the microtask queue, until both are empty.
  function processTicksAndRejections() {
    do {
      while (tickHead < ticks.length) {
        const tick = ticks[tickHead];
        ticks[tickHead++] = undefined;
        if (tickHead === ticks.length) {
          ticks = [];
          tickHead = 0;
        } else if (tickHead > 1024 && tickHead * 2 > ticks.length) {
          ticks = ticks.slice(tickHead);
          tickHead = 0;
        }
        const { callback, args } = tick;
        if (args.length === 0) callback(); else callback(...args);
      }
      natives.runMicrotasks();
    } while (tickHead < ticks.length);
    tickFlags[0] = 0;
  }

  function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      throw invalidArgType('callback', 'function', callback);
    }
    natives.enqueueMicrotask(() => {
      try {
        callback();
      } catch (error) {
        natives.reportUncaught(error);
      }
    });
  }
  define('queueMicrotask', queueMicrotask, true);

  // ---- timers and immediates ---------------------------------------------

  const kId = Symbol('isohost.timerId');

  class Timeout {
    constructor(callback, args, delay, repeat) {
      const run = args.length === 0 ?
        () => callback.call(this) : () => callback.apply(this, args);
      this[kId] = natives.setTimer(run, delay, repeat);
    }
    ref() { natives.refTimer(this[kId], true); return this; }
    unref() { natives.refTimer(this[kId], false); return this; }
    hasRef() { return natives.hasRefTimer(this[kId]); }
    refresh() { natives.refreshTimer(this[kId]); return this; }
    close() { natives.clearTimer(this[kId]); return this; }
    [Symbol.toPrimitive]() { return this[kId]; }
  }

  class Immediate {
    constructor(callback, args) {
      const run = args.length === 0 ?
        () => callback.call(this) : () => callback.apply(this, args);
      this[kId] = natives.setImmediate(run);
      this._ref = true;
    }
    ref() { natives.refImmediate(this[kId], true); this._ref = true; return this; }
    unref() { natives.refImmediate(this[kId], false); this._ref = false; return this; }
    hasRef() { return this._ref; }
  }

  function checkCallback(callback) {
    if (typeof callback !== 'function') {
      throw invalidArgType('callback', 'function', callback);
    }
  }

  function timerIdOf(timer) {
    if (timer == null) return undefined;
    if (typeof timer === 'object') return timer[kId];
    if (typeof timer === 'number' || typeof timer === 'string') {
      return Number(timer);
    }
    return undefined;
  }

  function setTimeout(callback, delay, ...args) {
    checkCallback(callback);
    return new Timeout(callback, args, Number(delay), false);
  }
  function setInterval(callback, delay, ...args) {
    checkCallback(callback);
    return new Timeout(callback, args, Number(delay), true);
  }
  function clearTimeout(timer) {
    const id = timerIdOf(timer);
    if (id !== undefined && !Number.isNaN(id)) natives.clearTimer(id);
  }
  function setImmediate(callback, ...args) {
    checkCallback(callback);
    return new Immediate(callback, args);
  }
  function clearImmediate(immediate) {
    if (immediate instanceof Immediate) {
      natives.clearImmediate(immediate[kId]);
    }
  }
  define('setTimeout', setTimeout, true);
  define('setInterval', setInterval, true);
  define('clearTimeout', clearTimeout, true);
  define('clearInterval', clearTimeout, true);
  define('setImmediate', setImmediate, true);
  define('clearImmediate', clearImmediate, true);

  // ---- console -----------------------------------------------------------

  let groupIndent = '';
  const counts = new Map();
  const timers = new Map();

  function write(fd, args) {
    let text = format(...args);
    if (groupIndent.length > 0) {
      text = groupIndent + text.split('\n').join(`\n${groupIndent}`);
    }
    natives.print(fd, `${text}\n`);
  }

  const console = {
    log(...args) { write(1, args); },
    info(...args) { write(1, args); },
    debug(...args) { write(1, args); },
    error(...args) { write(2, args); },
    warn(...args) { write(2, args); },
    dir(value, options) {
      natives.print(1, `${groupIndent}${inspect(value, options)}\n`);
    },
    trace(...args) {
      const error = { name: 'Trace', message: format(...args) };
      Error.captureStackTrace(error, console.trace);
      write(2, [error.stack]);
    },
    assert(condition, ...args) {
      if (condition) return;
      if (args.length > 0 && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      write(2, args);
    },
    group(...args) {
      if (args.length > 0) write(1, args);
      groupIndent += '  ';
    },
    groupEnd() { groupIndent = groupIndent.slice(0, -2); },
    count(label = 'default') {
      label = `${label}`;
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      write(1, [`${label}: ${count}`]);
    },
    countReset(label = 'default') { counts.delete(`${label}`); },
    time(label = 'default') { timers.set(`${label}`, natives.now()); },
    timeLog(label = 'default', ...data) {
      const start = timers.get(`${label}`);
      if (start === undefined) return;
      write(1, [`${label}: ${(natives.now() - start).toFixed(3)}ms`, ...data]);
    },
    timeEnd(label = 'default') {
      console.timeLog(label);
      timers.delete(`${label}`);
    },
  };
  console.groupCollapsed = console.group;
  define('console', console);

  // ---- process -------------------------------------------------------------

  let exitCode;
  const process = {
    title: 'isohost',
    argv: natives.argv,
    env: {},
    platform: 'linux',
    version: 'v0.1.0',
    versions: { isohost: '0.1.0', v8: natives.v8Version },
    nextTick,
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      natives.exit(exitCode ?? 0);
    },
    get exitCode() { return exitCode; },
    set exitCode(code) {
      if (code !== undefined && code !== null) {
        const number = typeof code === 'string' && code.trim() !== '' ?
          Number(code) : code;
        if (!Number.isInteger(number)) {
          throw invalidArgType('code', 'number', code);
        }
        code = number;
      } else {
        code = undefined;
      }
      exitCode = code;
      natives.setExitCode(code ?? 0);
    },
    hrtime: Object.assign(function hrtime(previous) {
      const ns = BigInt(Math.round(natives.now() * 1e6));
      let seconds = Number(ns / 1000000000n);
      let nanos = Number(ns % 1000000000n);
      if (Array.isArray(previous)) {
        seconds -= previous[0];
        nanos -= previous[1];
        if (nanos < 0) { seconds -= 1; nanos += 1e9; }
      }
      return [seconds, nanos];
    }, {
      bigint() { return BigInt(Math.round(natives.now() * 1e6)); },
    }),
  };
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', configurable: true,
  });
  define('process', process);

  // ---- performance, structuredClone, self --------------------------------

  const performance = {
    now: () => natives.now(),
    timeOrigin: natives.timeOrigin,
    toJSON() { return { timeOrigin: natives.timeOrigin }; },
  };
  define('performance', performance, true);

  function structuredClone(value, options) {
    if (arguments.length === 0) {
      throw new TypeError('The "value" argument must be specified');
    }
    const transfer = options === undefined || options === null ?
      undefined : options.transfer;
    return natives.structuredClone(value, transfer);
  }
  define('structuredClone', structuredClone, true);
  define('self', global, true);

  return { processTicksAndRejections, inspect, makeDataCloneError };
})
