// node:internal/worker_threads_emitter: the EventEmitter node:worker_threads'
// Worker extends: node:events' when that built-in is registered, else this
// file's small stand-in (on/once/off/emit with Node's 'error' rule,
// listener queries, max listeners). Remove the stand-in once node:events
// is always there.
(function (exports, require, binding, internals, module) {
  'use strict';
  try {
    const events = require('node:events');
    module.exports = events.EventEmitter ?? events;
    return;
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_BUILTIN_MODULE') throw error;
  }
  const { invalidArgType, inspect } = internals;
  const kEvents = Symbol('kEvents');
  const kMax = Symbol('kMaxListeners');

  function listOf(emitter, type, create) {
    let map = emitter[kEvents];
    if (map === undefined) {
      map = new Map();
      Object.defineProperty(emitter, kEvents, { value: map });
    }
    let list = map.get(type);
    if (list === undefined && create) {
      list = [];
      map.set(type, list);
    }
    return list;
  }

  function add(emitter, type, listener, once, prepend) {
    if (typeof listener !== 'function') {
      throw invalidArgType('listener', 'function', listener);
    }
    if (listOf(emitter, 'newListener', false)?.length) {
      emitter.emit('newListener', type, listener);
    }
    const list = listOf(emitter, type, true);
    const entry = { listener, once };
    if (prepend) list.unshift(entry); else list.push(entry);
    return emitter;
  }

  class EventEmitter {
    on(type, listener) { return add(this, type, listener, false, false); }
    addListener(type, listener) { return this.on(type, listener); }
    prependListener(type, listener) {
      return add(this, type, listener, false, true);
    }
    once(type, listener) { return add(this, type, listener, true, false); }
    prependOnceListener(type, listener) {
      return add(this, type, listener, true, true);
    }
    off(type, listener) {
      const list = listOf(this, type, false);
      if (list === undefined) return this;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i].listener === listener) {
          list.splice(i, 1);
          if (listOf(this, 'removeListener', false)?.length) {
            this.emit('removeListener', type, listener);
          }
          break;
        }
      }
      return this;
    }
    removeListener(type, listener) { return this.off(type, listener); }
    removeAllListeners(type) {
      const map = this[kEvents];
      if (map === undefined) return this;
      if (type === undefined) map.clear(); else map.delete(type);
      return this;
    }
    emit(type, ...args) {
      const list = listOf(this, type, false);
      if (list === undefined || list.length === 0) {
        if (type === 'error') {
          const error = args[0];
          if (error instanceof Error) throw error;
          const wrapped = new Error(
            `Unhandled error. (${inspect(error)})`);
          wrapped.code = 'ERR_UNHANDLED_ERROR';
          wrapped.context = error;
          throw wrapped;
        }
        return false;
      }
      for (const entry of [...list]) {
        if (entry.once) {
          const index = list.indexOf(entry);
          if (index >= 0) list.splice(index, 1);
        }
        entry.listener.apply(this, args);
      }
      return true;
    }
    listenerCount(type) { return listOf(this, type, false)?.length ?? 0; }
    listeners(type) {
      return (listOf(this, type, false) ?? []).map((entry) => entry.listener);
    }
    rawListeners(type) { return this.listeners(type); }
    eventNames() {
      const map = this[kEvents];
      if (map === undefined) return [];
      return [...map.keys()].filter((type) => map.get(type).length > 0);
    }
    setMaxListeners(n) { this[kMax] = n; return this; }
    getMaxListeners() { return this[kMax] ?? 10; }
  }
  module.exports = EventEmitter;
});
