// node:events: EventEmitter as in Node 20.
//
// The observable layout is Node's, since packages poke at it: an emitter
// keeps `_events` (a null-prototype object; one listener is stored as the
// function itself, more as an array), `_eventsCount` and `_maxListeners`;
// once() wraps the listener in a bound `onceWrapper` whose `.listener` is
// the original. The constructor is a plain function, so both
// `EventEmitter.call(this)` + util.inherits and `class extends` work.
// The promise/async-iterator helpers (once, on, addAbortListener,
// getEventListeners) live in node:internal/events_async.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { inspect } = internals;
  const {
    codes, validateBoolean, validateFunction, validateNumber,
  } = require('node:internal/errors');
  const { emitWarning } = require('node:internal/warning');

  const kCapture = Symbol('kCapture');
  const kShapeMode = Symbol('shapeMode');
  const kErrorMonitor = Symbol('events.errorMonitor');
  const kRejection = Symbol.for('nodejs.rejection');
  const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
  const kMaxEventTargetListenersWarned =
    Symbol('events.maxEventTargetListenersWarned');

  let defaultMaxListeners = 10;

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }

  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;

  function checkListener(listener) {
    validateFunction(listener, 'listener');
  }

  function isEventTarget(value) {
    return value instanceof internals.EventTarget ||
      (value != null && typeof value.addEventListener === 'function' &&
       typeof value.on !== 'function');
  }

  function maxListenersOf(emitter) {
    return emitter._maxListeners === undefined ? defaultMaxListeners :
      emitter._maxListeners;
  }

  // ---- captureRejections: a listener's rejected promise becomes 'error' ---

  function emitRejection(emitter, error, type, args) {
    if (typeof emitter[kRejection] === 'function') {
      emitter[kRejection](error, type, ...args);
      return;
    }
    const previous = emitter[kCapture];
    try {
      // Not captured again if an 'error' listener returns a promise.
      emitter[kCapture] = false;
      emitter.emit('error', error);
    } finally {
      emitter[kCapture] = previous;
    }
  }

  function addCatch(emitter, promise, type, args) {
    if (!emitter[kCapture]) return;
    try {
      const then = promise.then;
      if (typeof then === 'function') {
        then.call(promise, undefined, (error) => {
          internals.nextTick(emitRejection, emitter, error, type, args);
        });
      }
    } catch (error) {
      emitter.emit('error', error);
    }
  }

  // ---- adding ------------------------------------------------------------

  function addListenerTo(target, type, listener, prepend) {
    checkListener(listener);
    let events = target._events;
    let existing;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ?? listener);
        // A 'newListener' listener may have replaced _events.
        events = target._events;
      }
      existing = events[type];
    }
    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
      return target;
    }
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] :
        [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const max = maxListenersOf(target);
    if (max > 0 && existing.length > max && !existing.warned) {
      existing.warned = true;
      const warning = new Error(
        'Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners ` +
        `added to ${inspect(target, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use ` +
        'emitter.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.emitter = target;
      warning.type = type;
      warning.count = existing.length;
      emitWarning(warning);
    }
    return target;
  }

  function onceWrapper() {
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      if (arguments.length === 0) return this.listener.call(this.target);
      return this.listener.apply(this.target, arguments);
    }
    return undefined;
  }

  function wrapOnce(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target, type, listener };
    const wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  function listenersOf(target, type, unwrap) {
    const events = target._events;
    if (events === undefined) return [];
    const found = events[type];
    if (found === undefined) return [];
    if (typeof found === 'function') {
      return unwrap ? [found.listener || found] : [found];
    }
    return unwrap ? found.map((l) => l.listener || l) : found.slice();
  }

  // ---- the prototype (property order as in Node) -------------------------

  const methods = {
    setMaxListeners(n) {
      validateNumber(n, 'setMaxListeners', 0);
      this._maxListeners = n;
      return this;
    },

    getMaxListeners() {
      return maxListenersOf(this);
    },

    emit(type, ...args) {
      let doError = type === 'error';
      const events = this._events;
      if (events !== undefined) {
        if (doError && events[kErrorMonitor] !== undefined) {
          this.emit(kErrorMonitor, ...args);
        }
        doError = doError && events.error === undefined;
      } else if (!doError) {
        return false;
      }
      if (doError) {
        const error = args.length > 0 ? args[0] : undefined;
        if (error instanceof Error) throw error;  // unhandled 'error' event
        let shown;
        try {
          shown = inspect(error);
        } catch {
          shown = error;
        }
        const unhandled = codes.ERR_UNHANDLED_ERROR(shown);
        unhandled.context = error;
        throw unhandled;
      }
      const handler = events[type];
      if (handler === undefined) return false;
      if (typeof handler === 'function') {
        const result = handler.apply(this, args);
        if (result !== undefined && result !== null) {
          addCatch(this, result, type, args);
        }
      } else {
        // A copy: listeners added or removed meanwhile do not change this run.
        const listeners = handler.slice();
        for (let i = 0; i < listeners.length; ++i) {
          const result = listeners[i].apply(this, args);
          if (result !== undefined && result !== null) {
            addCatch(this, result, type, args);
          }
        }
      }
      return true;
    },

    addListener(type, listener) {
      return addListenerTo(this, type, listener, false);
    },

    prependListener(type, listener) {
      return addListenerTo(this, type, listener, true);
    },

    once(type, listener) {
      checkListener(listener);
      this.on(type, wrapOnce(this, type, listener));
      return this;
    },

    prependOnceListener(type, listener) {
      checkListener(listener);
      this.prependListener(type, wrapOnce(this, type, listener));
      return this;
    },

    // Removes the most recently added instance of `listener` (or of a once
    // wrapper around it).
    removeListener(type, listener) {
      checkListener(listener);
      const events = this._events;
      if (events === undefined) return this;
      const list = events[type];
      if (list === undefined) return this;
      if (list === listener || list.listener === listener) {
        this._eventsCount -= 1;
        if (this[kShapeMode]) {
          events[type] = undefined;
        } else if (this._eventsCount === 0) {
          this._events = { __proto__: null };
        } else {
          delete events[type];
          if (events.removeListener) {
            this.emit('removeListener', type, list.listener || listener);
          }
        }
      } else if (typeof list !== 'function') {
        let position = -1;
        for (let i = list.length - 1; i >= 0; i--) {
          if (list[i] === listener || list[i].listener === listener) {
            position = i;
            break;
          }
        }
        if (position < 0) return this;
        if (position === 0) list.shift();
        else list.splice(position, 1);
        if (list.length === 1) events[type] = list[0];
        if (events.removeListener !== undefined) {
          this.emit('removeListener', type, listener);
        }
      }
      return this;
    },

    removeAllListeners(type) {
      const events = this._events;
      if (events === undefined) return this;
      if (events.removeListener === undefined) {
        // Nobody listens for 'removeListener': no need to go one by one.
        if (arguments.length === 0) {
          this._events = { __proto__: null };
          this._eventsCount = 0;
        } else if (events[type] !== undefined) {
          if (--this._eventsCount === 0) this._events = { __proto__: null };
          else delete events[type];
        }
        this[kShapeMode] = false;
        return this;
      }
      if (arguments.length === 0) {
        for (const key of Reflect.ownKeys(events)) {
          if (key === 'removeListener') continue;
          this.removeAllListeners(key);
        }
        this.removeAllListeners('removeListener');
        this._events = { __proto__: null };
        this._eventsCount = 0;
        this[kShapeMode] = false;
        return this;
      }
      const listeners = events[type];
      if (typeof listeners === 'function') {
        this.removeListener(type, listeners);
      } else if (listeners !== undefined) {
        for (let i = listeners.length - 1; i >= 0; i--) {
          this.removeListener(type, listeners[i]);
        }
      }
      return this;
    },

    listeners(type) {
      return listenersOf(this, type, true);
    },

    rawListeners(type) {
      return listenersOf(this, type, false);
    },

    listenerCount(type, listener) {
      const events = this._events;
      if (events === undefined) return 0;
      const found = events[type];
      if (typeof found === 'function') {
        if (listener != null) {
          return listener === found || listener === found.listener ? 1 : 0;
        }
        return 1;
      }
      if (found === undefined) return 0;
      if (listener == null) return found.length;
      let matching = 0;
      for (const entry of found) {
        if (entry === listener || entry.listener === listener) matching++;
      }
      return matching;
    },

    eventNames() {
      return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
    },
  };

  const order = ['setMaxListeners', 'getMaxListeners', 'emit', 'addListener',
                 'on', 'prependListener', 'once', 'prependOnceListener',
                 'removeListener', 'off', 'removeAllListeners', 'listeners',
                 'rawListeners', 'listenerCount', 'eventNames'];
  const aliases = { on: 'addListener', off: 'removeListener' };
  for (const name of order) {
    EventEmitter.prototype[name] = methods[aliases[name] ?? name];
  }
  Object.defineProperty(EventEmitter.prototype, kCapture, {
    value: false, writable: true, enumerable: false,
  });

  // ---- statics (property order as in Node) --------------------------------

  const asyncHelpers = require('node:internal/events_async');
  EventEmitter.addAbortListener = asyncHelpers.addAbortListener;
  EventEmitter.once = asyncHelpers.once;
  EventEmitter.on = asyncHelpers.on;
  EventEmitter.getEventListeners = asyncHelpers.getEventListeners;

  EventEmitter.getMaxListeners = function getMaxListeners(emitterOrTarget) {
    if (typeof emitterOrTarget?.getMaxListeners === 'function') {
      return maxListenersOf(emitterOrTarget);
    }
    if (isEventTarget(emitterOrTarget)) {
      emitterOrTarget[kMaxEventTargetListeners] ??= defaultMaxListeners;
      return emitterOrTarget[kMaxEventTargetListeners];
    }
    throw codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'],
                                     emitterOrTarget);
  };

  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.usingDomains = false;
  EventEmitter.captureRejectionSymbol = kRejection;
  Object.defineProperty(EventEmitter, 'captureRejections', {
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  });

  // Node's is backed by async_hooks, which isohost does not have: this one
  // is an EventEmitter with the same surface and no async context.
  let EventEmitterAsyncResource;
  Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    enumerable: true,
    configurable: true,
    get: function lazyEventEmitterAsyncResource() {
      EventEmitterAsyncResource ??= class EventEmitterAsyncResource
        extends EventEmitter {
        constructor(options = undefined) {
          super(options);
          const name = typeof options === 'string' ? options :
            options?.name ?? new.target.name;
          this.asyncResource = { type: name, eventEmitter: this };
        }
        get asyncId() { return 0; }
        get triggerAsyncId() { return 0; }
        emitDestroy() {}
      };
      return EventEmitterAsyncResource;
    },
  });

  EventEmitter.errorMonitor = kErrorMonitor;
  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
  });
  Object.defineProperties(EventEmitter, {
    kMaxEventTargetListeners: { value: kMaxEventTargetListeners },
    kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned },
  });

  EventEmitter.setMaxListeners = function (n = defaultMaxListeners,
                                           ...eventTargets) {
    validateNumber(n, 'setMaxListeners', 0);
    if (eventTargets.length === 0) {
      defaultMaxListeners = n;
      return;
    }
    for (const target of eventTargets) {
      if (isEventTarget(target)) {
        target[kMaxEventTargetListeners] = n;
        target[kMaxEventTargetListenersWarned] = false;
      } else if (typeof target?.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else {
        throw codes.ERR_INVALID_ARG_TYPE(
          'eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  };

  EventEmitter.init = function (opts) {
    if (this._events === undefined ||
        this._events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (opts?.captureRejections) {
      validateBoolean(opts.captureRejections, 'options.captureRejections');
      this[kCapture] = Boolean(opts.captureRejections);
    } else {
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };

  EventEmitter.listenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function') {
      return emitter.listenerCount(type);
    }
    return methods.listenerCount.call(emitter, type);
  };

  module.exports = EventEmitter;
});
