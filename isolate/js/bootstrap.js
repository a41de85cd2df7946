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

  // util.inspect/format are built on first use: most workers never print,
  // and building them is a good part of a runtime's start-up.
  let inspector;
  function loadInspector() {
    inspector ??= natives.createInspect({
      getPromiseState: natives.getPromiseState,
      getProxyTarget: natives.getProxyTarget,
      previewEntries: natives.previewEntries,
      getOwnNonIndexProperties: natives.getOwnNonIndexProperties,
    });
    return inspector;
  }
  const inspect = (...args) => loadInspector().inspect(...args);
  const format = (...args) => loadInspector().format(...args);

  function define(name, value, enumerable = false) {
    Object.defineProperty(global, name, {
      value, writable: true, configurable: true, enumerable,
    });
  }

  // ---- built-ins (isolate/builtins.h) -------------------------------------
  //
  // Each built-in ("node:events", "internal:web/url", ...) is compiled and
  // run the first time something requires it; `internals` (filled in at the
  // end of this file) is what the bootstrap shares with them.
  const builtinModules = new Map();
  const bindings = new Map();
  let internals;

  function binding(name) {
    let object = bindings.get(name);
    if (object === undefined) {
      object = natives.binding(name);
      bindings.set(name, object);
    }
    return object;
  }

  function requireBuiltin(id) {
    const cached = builtinModules.get(id);
    if (cached !== undefined) return cached.exports;
    const module = { id, exports: {}, loaded: false };
    builtinModules.set(id, module);
    try {
      natives.loadBuiltin(id, module.exports, requireBuiltin, binding,
                          internals ??= makeInternals(), module);
    } catch (error) {
      builtinModules.delete(id);
      throw error;
    }
    module.loaded = true;
    return module.exports;
  }

  // A global that loads its built-in on first access (and then becomes a
  // plain data property, writable and configurable like Node's).
  function lazyGlobal(name, id, key = name, enumerable = false) {
    Object.defineProperty(global, name, {
      configurable: true,
      enumerable,
      get() {
        const value = requireBuiltin(id)[key];
        define(name, value, enumerable);
        return value;
      },
      set(value) { define(name, value, enumerable); },
    });
  }

  // The CommonJS entry: `module`, `exports` and `require` are made here,
  // and the loader (internal:modules/cjs) takes the module over on the
  // first require() or use of require.* / module.paths, so that a worker
  // that requires nothing starts as fast as a classic script.
  function runCommonJsMain(filename, fn) {
    const module = {
      id: '.',
      path: filename.slice(0, Math.max(filename.lastIndexOf('/'), 1)),
      exports: {},
      filename,
      loaded: false,
      children: [],
      paths: undefined,
    };
    // Node's module.parent (deprecated): null for the entry.
    Object.defineProperty(module, 'parent', {
      value: null, writable: true, configurable: true, enumerable: false,
    });
    let real;
    const adopt = () =>
      (real ??= requireBuiltin('internal:modules/cjs').adoptMain(module));
    function require(id) { return adopt().require(id); }
    for (const name of ['resolve', 'main', 'extensions', 'cache']) {
      Object.defineProperty(require, name, {
        configurable: true,
        enumerable: true,
        get() { return adopt()[name]; },
        set(value) {
          Object.defineProperty(require, name, {
            value, writable: true, configurable: true, enumerable: true,
          });
        },
      });
    }
    Object.defineProperty(module, 'paths', {
      configurable: true,
      enumerable: true,
      get() { adopt(); return module.paths; },
      set(value) {
        Object.defineProperty(module, 'paths', {
          value, writable: true, configurable: true, enumerable: true,
        });
      },
    });
    Reflect.apply(fn, module.exports, [
      module.exports, require, module, filename, module.path,
    ]);
    module.loaded = true;
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
    argv0: 'isohost',
    execArgv: [],
    env: {},
    platform: 'linux',
    arch: natives.arch,
    pid: natives.pid,
    // The Node.js API level isohost implements (packages gate features on
    // it); isohost's own version is versions.isohost.
    version: 'v20.0.0',
    versions: { node: '20.0.0', isohost: '0.1.0', v8: natives.v8Version },
    release: { name: 'node' },
    config: { variables: {} },
    features: {},
    nextTick,
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      if (!exitEmitted) emitProcessEvent('exit');
      natives.exit(exitCode ?? 0);
    },
    cwd() { return binding('modules').cwd(); },
    chdir() {
      const error = new Error(
        'process.chdir() is not supported: a runtime has no working ' +
        'directory of its own');
      error.code = 'ERR_WORKER_UNSUPPORTED_OPERATION';
      throw error;
    },
    uptime() { return natives.now() / 1000; },
    emitWarning(warning, type, code) {
      let name = 'Warning';
      if (type !== null && typeof type === 'object') {
        ({ type: name = 'Warning', code } = type);
      } else if (typeof type === 'string') {
        name = type;
      }
      const error = typeof warning === 'string' ? new Error(warning) : warning;
      if (typeof warning === 'string') error.name = name;
      if (code !== undefined) error.code = code;
      if (emitterReady && process.listenerCount('warning') > 0) {
        nextTick(() => process.emit('warning', error));
        return;
      }
      const prefix = error.code !== undefined ? `[${error.code}] ` : '';
      natives.print(2, `(isohost:${natives.pid}) ${prefix}${error.name}: ` +
                    `${error.message}\n`);
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
    memoryUsage: Object.assign(function memoryUsage() {
      const out = new Float64Array(5);
      natives.memoryUsage(out);
      return { rss: out[0], heapTotal: out[1], heapUsed: out[2],
               external: out[3], arrayBuffers: out[4] };
    }, {
      rss() {
        const out = new Float64Array(5);
        natives.memoryUsage(out);
        return out[0];
      },
    }),
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
  // stdout/stderr: node:stream Writables (made on first use) that write
  // where console output goes.
  function makeStdioStream(fd) {
    const { Writable } = requireBuiltin('node:stream');
    const stream = new Writable({
      decodeStrings: false,
      write(chunk, encoding, callback) {
        natives.print(fd, typeof chunk === 'string' ? chunk :
          new global.TextDecoder().decode(chunk));
        callback();
      },
      destroy(error, callback) { callback(error); },
    });
    stream.fd = fd;
    stream.isTTY = false;
    stream._isStdio = true;
    return stream;
  }
  let stdout;
  let stderr;
  Object.defineProperties(process, {
    stdout: {
      configurable: true, enumerable: true,
      get() { return (stdout ??= makeStdioStream(1)); },
    },
    stderr: {
      configurable: true, enumerable: true,
      get() { return (stderr ??= makeStdioStream(2)); },
    },
  });
  // process is an EventEmitter (Node). Until an emitter method is first
  // called its prototype is a stand-in whose methods load node:events and
  // make process a real EventEmitter; start-up pays for none of it.
  let emitterReady = false;
  let exitEmitted = false;
  function becomeEmitter() {
    const { EventEmitter } = requireBuiltin('node:events');
    Object.setPrototypeOf(process, EventEmitter.prototype);
    EventEmitter.call(process);
    emitterReady = true;
    return process;
  }
  const lazyEmitter = {};
  for (const name of [
    'on', 'once', 'off', 'addListener', 'removeListener',
    'removeAllListeners', 'prependListener', 'prependOnceListener', 'emit',
    'listeners', 'rawListeners', 'listenerCount', 'eventNames',
    'setMaxListeners', 'getMaxListeners',
  ]) {
    lazyEmitter[name] = function (...args) {
      return becomeEmitter()[name](...args);
    };
  }
  Object.setPrototypeOf(process, lazyEmitter);
  // Called by the runtime when the loop has run dry ('beforeExit') and when
  // it ends ('exit'); true if a listener ran.
  function emitProcessEvent(type) {
    if (type === 'exit') exitEmitted = true;
    if (!emitterReady) return false;
    return process.emit(type, exitCode ?? 0);
  }
  define('process', process);
  define('global', global);

  // ---- Event, EventTarget, MessageEvent, ErrorEvent (DOM) ----------------

  const kListeners = Symbol('isohost.listeners');
  const kHandlers = Symbol('isohost.handlers');
  const kStop = Symbol('isohost.stopImmediate');

  class Event {
    constructor(type, init = undefined) {
      if (arguments.length === 0) {
        throw new TypeError('The "type" argument must be specified');
      }
      this.type = `${type}`;
      this.bubbles = Boolean(init?.bubbles);
      this.cancelable = Boolean(init?.cancelable);
      this.composed = Boolean(init?.composed);
      this.defaultPrevented = false;
      this.timeStamp = natives.now();
      this.target = null;
      this.currentTarget = null;
      this[kStop] = false;
    }
    preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
    stopPropagation() {}
    stopImmediatePropagation() { this[kStop] = true; }
    get srcElement() { return this.target; }
    get returnValue() { return !this.defaultPrevented; }
  }

  class MessageEvent extends Event {
    constructor(type, init = undefined) {
      super(type, init);
      this.data = init?.data;
      this.origin = init?.origin === undefined ? '' : `${init.origin}`;
      this.lastEventId = init?.lastEventId === undefined ? '' :
        `${init.lastEventId}`;
      this.source = init?.source ?? null;
      this.ports = Object.freeze([...(init?.ports ?? [])]);
    }
  }

  class ErrorEvent extends Event {
    constructor(type, init = undefined) {
      super(type, init);
      this.message = init?.message === undefined ? '' : `${init.message}`;
      this.filename = init?.filename === undefined ? '' : `${init.filename}`;
      this.lineno = init?.lineno >>> 0;
      this.colno = init?.colno >>> 0;
      this.error = init?.error;
    }
  }

  function listenersOf(target, type, create) {
    let map = target[kListeners];
    if (map === undefined) {
      if (!create) return undefined;
      map = new Map();
      Object.defineProperty(target, kListeners, { value: map });
    }
    let list = map.get(type);
    if (list === undefined && create) {
      list = [];
      map.set(type, list);
    }
    return list;
  }

  // Generic: works on any object, so the worker's global scope and
  // MessagePort wrappers (API objects) share it.
  const eventTargetMethods = {
    addEventListener(type, listener, options = undefined) {
      if (listener === null || listener === undefined) return;
      const once = typeof options === 'object' && options !== null &&
        Boolean(options.once);
      const capture = typeof options === 'boolean' ? options :
        Boolean(options?.capture);
      const list = listenersOf(this, `${type}`, true);
      if (list.some((l) => l.listener === listener && l.capture === capture)) {
        return;
      }
      list.push({ listener, once, capture, removed: false });
    },
    removeEventListener(type, listener, options = undefined) {
      const capture = typeof options === 'boolean' ? options :
        Boolean(options?.capture);
      const list = listenersOf(this, `${type}`, false);
      if (list === undefined) return;
      const index = list.findIndex(
        (l) => l.listener === listener && l.capture === capture);
      if (index >= 0) {
        list[index].removed = true;
        list.splice(index, 1);
      }
    },
    dispatchEvent(event) {
      if (!(event instanceof Event)) {
        throw invalidArgType('event', 'Event', event);
      }
      event.target = this;
      event.currentTarget = this;
      const list = listenersOf(this, event.type, false);
      if (list !== undefined) {
        for (const entry of [...list]) {
          if (entry.removed) continue;
          if (entry.once) eventTargetMethods.removeEventListener.call(
            this, event.type, entry.listener, entry.capture);
          const { listener } = entry;
          try {
            if (typeof listener === 'function') {
              listener.call(this, event);
            } else if (typeof listener?.handleEvent === 'function') {
              listener.handleEvent(event);
            }
          } catch (error) {
            // HTML "report the exception": the runtime's uncaught error.
            natives.reportUncaught(error);
          }
          if (event[kStop]) break;
        }
      }
      event.currentTarget = null;
      return !event.defaultPrevented;
    },
  };

  class EventTarget {}
  for (const name of Object.keys(eventTargetMethods)) {
    Object.defineProperty(EventTarget.prototype, name, {
      value: eventTargetMethods[name], writable: true, configurable: true,
    });
  }

  // An `on<type>` attribute: the handler holds one place in the listener
  // list, taken when it is first set (HTML event handler semantics).
  function defineEventHandler(object, type, onSet) {
    Object.defineProperty(object, `on${type}`, {
      configurable: true,
      enumerable: true,
      get() { return this[kHandlers]?.[type]?.handler ?? null; },
      set(handler) {
        if (this[kHandlers] === undefined) {
          Object.defineProperty(this, kHandlers, { value: { __proto__: null } });
        }
        let slot = this[kHandlers][type];
        if (slot === undefined) {
          slot = { handler: null };
          slot.listener = (event) => {
            const current = slot.handler;
            if (typeof current !== 'function') return;
            const result = current.call(this, event);
            if (type === 'error' && result === true) event.preventDefault();
          };
          this[kHandlers][type] = slot;
          eventTargetMethods.addEventListener.call(this, type, slot.listener);
        }
        slot.handler = typeof handler === 'function' ? handler : null;
        if (onSet !== undefined) onSet.call(this, slot.handler);
      },
    });
  }

  define('Event', Event);
  define('EventTarget', EventTarget);
  define('MessageEvent', MessageEvent);
  define('ErrorEvent', ErrorEvent);

  // ---- MessagePort, MessageChannel ----------------------------------------

  // WebIDL sequence<object>: a non-object entry is a TypeError (HTML's own
  // checks, in C++, throw DataCloneError for objects that cannot move).
  function checkTransferList(list) {
    for (const entry of list) {
      if (entry === null ||
          (typeof entry !== 'object' && typeof entry !== 'function')) {
        throw new TypeError(
          'Failed to convert value to \'object\' in the transfer list.');
      }
    }
    return list;
  }

  function transferListOf(transfer) {
    if (transfer === undefined || transfer === null) return undefined;
    const list = transferListItems(transfer);
    if (list === undefined) return undefined;
    checkTransferList(list);
    return untransferable === undefined ? list :
      list.filter((entry) => !untransferable.has(entry));
  }

  // node:worker_threads' markAsUntransferable(): a marked object listed
  // for transfer is copied instead (Node 20), so it stays usable here.
  let untransferable;
  function markAsUntransferable(object) {
    if (object === null ||
        (typeof object !== 'object' && typeof object !== 'function')) {
      return;
    }
    untransferable ??= new WeakSet();
    untransferable.add(object);
  }

  function transferListItems(transfer) {
    if (Array.isArray(transfer)) return transfer;
    if (typeof transfer === 'object') {
      const list = transfer.transfer;
      if (list === undefined || list === null) return undefined;
      if (typeof list[Symbol.iterator] === 'function') return [...list];
      throw new TypeError('The "transfer" option must be iterable');
    }
    if (typeof transfer[Symbol.iterator] === 'function') return [...transfer];
    throw new TypeError(
      'The second argument must be a transfer list or an options object');
  }

  const MessagePort = natives.MessagePort;
  Object.setPrototypeOf(MessagePort.prototype, EventTarget.prototype);
  Object.setPrototypeOf(MessagePort, EventTarget);
  const portMethods = {
    postMessage(value, transfer = undefined) {
      if (arguments.length === 0) {
        // Node's error (the same MessagePort is node:worker_threads').
        const error = new TypeError(
          'Not enough arguments to MessagePort.postMessage');
        error.code = 'ERR_MISSING_ARGS';
        throw error;
      }
      natives.portPost(this, value, transferListOf(transfer));
    },
    start() { natives.portStart(this); },
    close() { natives.portClose(this); },
    ref() { natives.portRef(this, true); return this; },
    unref() { natives.portRef(this, false); return this; },
  };
  for (const name of Object.keys(portMethods)) {
    Object.defineProperty(MessagePort.prototype, name, {
      value: portMethods[name], writable: true, configurable: true,
    });
  }
  // Node's MessagePort is also an event emitter: port.on('message',
  // (value) => ...) starts the port and keeps the runtime alive while such
  // listeners exist. node:internal/worker_threads_port has those methods;
  // it is loaded when one is first called.
  const portEmitter = {};
  for (const name of [
    'on', 'once', 'off', 'addListener', 'removeListener',
    'removeAllListeners', 'emit', 'listenerCount', 'eventNames',
    'setMaxListeners', 'getMaxListeners', 'hasRef',
  ]) {
    const method = {
      [name](...args) {
        return requireBuiltin('node:internal/worker_threads_port')[name]
          .apply(this, args);
      },
    }[name];
    portEmitter[name] = method;
  }
  // One prototype between MessagePort.prototype and EventTarget.prototype
  // (where Node's NodeEventTarget sits) rather than twelve properties
  // added to MessagePort.prototype: adding properties to a prototype is
  // costly, and this runs in every runtime.
  Object.setPrototypeOf(portEmitter, Object.getPrototypeOf(MessagePort.prototype));
  Object.setPrototypeOf(MessagePort.prototype, portEmitter);
  // Setting onmessage starts the port; addEventListener does not (HTML).
  defineEventHandler(MessagePort.prototype, 'message', function (handler) {
    if (handler !== null) natives.portStart(this);
  });
  defineEventHandler(MessagePort.prototype, 'messageerror');
  Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
    value: 'MessagePort', configurable: true,
  });
  define('MessagePort', MessagePort);

  // For the event-emitter face (node:internal/worker_threads_port): how
  // many listeners `type` has (an on<type> handler counts while set), and
  // removing all but the handler.
  function eventListenerCount(target, type) {
    const list = listenersOf(target, type, false);
    if (list === undefined) return 0;
    const slot = target[kHandlers]?.[type];
    const idle = slot !== undefined && slot.handler === null &&
      list.some((entry) => entry.listener === slot.listener);
    return list.length - (idle ? 1 : 0);
  }
  function removeEventListeners(target, type) {
    const list = listenersOf(target, type, false);
    if (list === undefined) return;
    const slot = target[kHandlers]?.[type];
    for (const entry of [...list]) {
      if (entry.listener === slot?.listener) continue;
      eventTargetMethods.removeEventListener.call(
        target, type, entry.listener, entry.capture);
    }
  }

  class MessageChannel {
    constructor() {
      const [port1, port2] = natives.createMessageChannel();
      Object.defineProperty(this, 'port1', { value: port1, enumerable: true });
      Object.defineProperty(this, 'port2', { value: port2, enumerable: true });
    }
  }
  define('MessageChannel', MessageChannel);

  // A target with an event sink (node:worker_threads' Worker, an
  // EventEmitter) gets its port's and its worker's events as calls:
  //   sink.message(data, ports), sink.messageerror(),
  //   sink.exit(code, errorInfo, reason)   (see dispatchWorkerExit)
  const kEventSink = Symbol('isohost.eventSink');

  function dispatchMessage(target, data, ports) {
    const sink = target[kEventSink];
    if (sink !== undefined) {
      sink.message(data, ports);
      return;
    }
    target.dispatchEvent(new MessageEvent('message', { data, ports }));
  }
  function dispatchMessageError(target) {
    const sink = target[kEventSink];
    if (sink !== undefined) {
      sink.messageerror();
      return;
    }
    target.dispatchEvent(new MessageEvent('messageerror', {}));
  }
  // The port's channel closed (this end or, for a started port, the other).
  function dispatchPortClose(port) {
    port.dispatchEvent(new Event('close'));
  }

  // ---- Worker ---------------------------------------------------------------

  const kPort = Symbol('isohost.workerPort');
  const kExit = Symbol('isohost.workerExit');

  class Worker extends EventTarget {
    constructor(url, options = undefined) {
      super();
      if (arguments.length === 0) {
        throw new TypeError('The "url" argument must be specified');
      }
      const type = options?.type ?? 'classic';
      if (type !== 'classic' && type !== 'module') {
        throw new TypeError(
          `Failed to construct 'Worker': The provided value '${type}' is ` +
          'not a valid enum value of type WorkerType.');
      }
      this[kExit] = { code: undefined, waiters: [] };
      this[kPort] = natives.spawnWorker(`${url}`, {
        name: options?.name === undefined ? '' : `${options.name}`,
        type,
        workerData: options?.workerData,
        hasWorkerData: options !== undefined && options !== null &&
          'workerData' in options,
        resourceLimits: options?.resourceLimits,
        permissions: options?.permissions,
      }, this);
    }
    postMessage(value, transfer = undefined) {
      if (arguments.length === 0) {
        throw new TypeError('The "message" argument must be specified');
      }
      natives.portPost(this[kPort], value, transferListOf(transfer));
    }
    terminate() {
      const exit = this[kExit];
      if (exit.code !== undefined) return Promise.resolve(exit.code);
      natives.terminateWorker(this[kPort]);
      return new Promise((resolve) => exit.waiters.push(resolve));
    }
    // isohost (as Node's worker.ref()/unref()): whether the running worker
    // keeps this runtime alive.
    ref() { natives.workerRef(this[kPort], true); return this; }
    unref() { natives.workerRef(this[kPort], false); return this; }
  }
  defineEventHandler(Worker.prototype, 'message');
  defineEventHandler(Worker.prototype, 'messageerror');
  defineEventHandler(Worker.prototype, 'error');
  define('Worker', Worker);

  function dispatchWorkerExit(worker, code, errorInfo, reason) {
    const sink = worker[kEventSink];
    if (sink !== undefined) {
      sink.exit(code, errorInfo, reason);
      return;
    }
    if (errorInfo !== undefined) {
      const event = new ErrorEvent('error', {
        cancelable: true,
        message: errorInfo.message,
        filename: errorInfo.filename,
        lineno: errorInfo.lineno,
        colno: errorInfo.colno,
        error: errorInfo.error,
      });
      if (worker.dispatchEvent(event)) {
        // Nobody handled it: the worker's error is the parent's own.
        const error = errorInfo.error !== undefined ? errorInfo.error :
          new Error(errorInfo.message);
        natives.reportUncaught(error);
        return;
      }
    }
    const exit = worker[kExit];
    exit.code = code;
    const event = new Event('exit');
    event.code = code;
    // isohost: why it ended ('normal', 'exit', 'error', 'terminated',
    // 'out-of-memory', 'cpu-time', 'wall-time', 'stack', 'queue-full').
    event.reason = reason;
    worker.dispatchEvent(event);
    for (const resolve of exit.waiters.splice(0)) resolve(code);
  }

  // ---- the worker's global scope ------------------------------------------

  if (natives.isNodeWorker) {
    // Started by node:worker_threads: no Web Worker globals (Node programs
    // test for them); node:worker_threads reads the start-up record
    // { workerData, environmentData, env } and makes the implicit port its
    // parentPort.
    const env = natives.workerData?.env;
    if (env !== undefined) process.env = env;
  } else if (natives.isWorker) {
    const port = natives.workerPort;
    for (const name of Object.keys(eventTargetMethods)) {
      define(name, eventTargetMethods[name]);
    }
    // Listening for messages starts the implicit port and keeps the worker
    // alive (like Node's parentPort); messages sent before that wait in the
    // queue. When the last 'message' listener goes, the worker may end.
    function listening() {
      const slot = global[kHandlers]?.message;
      const list = listenersOf(global, 'message', false) ?? [];
      return list.some((entry) => entry.listener !== slot?.listener) ||
        typeof slot?.handler === 'function';
    }
    function updateListening() {
      if (listening()) {
        natives.portStart(port);
        natives.portRef(port, true);
      } else {
        natives.portRef(port, false);
      }
    }
    const addEventListener = global.addEventListener;
    const removeEventListener = global.removeEventListener;
    define('addEventListener', function (type, listener, options) {
      addEventListener.call(this ?? global, type, listener, options);
      if (`${type}` === 'message') updateListening();
    });
    define('removeEventListener', function (type, listener, options) {
      removeEventListener.call(this ?? global, type, listener, options);
      if (`${type}` === 'message') updateListening();
    });
    defineEventHandler(global, 'message', updateListening);
    defineEventHandler(global, 'messageerror');
    define('postMessage', function postMessage(value, transfer = undefined) {
      if (arguments.length === 0) {
        throw new TypeError('The "message" argument must be specified');
      }
      natives.portPost(port, value, transferListOf(transfer));
    });
    define('close', function close() { natives.workerClose(); });
    define('name', natives.workerName);
    define('workerData', natives.workerData);
  }

  // ---- performance, structuredClone, self --------------------------------

  // internal:web/performance (Performance, the User Timing marks and
  // measures), loaded on first use; enumerable, as Node's.
  lazyGlobal('performance', 'internal:web/performance', 'performance', true);

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

  // What built-ins get as `internals`, made when the first one loads.
  const makeInternals = () => ({
    natives, global, define, lazyGlobal, requireBuiltin, binding,
    inspect, format, invalidArgType, describeReceived, nextTick,
    DOMException, Event, EventTarget, MessageEvent, ErrorEvent,
    defineEventHandler, transferListOf, kEventSink, markAsUntransferable,
    eventListenerCount, removeEventListeners,
  });

  return {
    processTicksAndRejections,
    inspect,
    makeDataCloneError,
    requireBuiltin,
    runCommonJsMain,
    emitProcessEvent,
    dispatchMessage,
    dispatchMessageError,
    dispatchWorkerExit,
    dispatchPortClose,
  };
})
