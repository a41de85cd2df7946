// node:internal/worker_threads_port: the event-emitter face of MessagePort
// (Node's NodeEventTarget): port.on('message', (value) => ...), once, off,
// removeAllListeners, emit, listenerCount, eventNames, max listeners, and
// hasRef(). The bootstrap installs these on MessagePort.prototype as stubs
// that load this file on first use.
//
// Node-style listeners are ordinary event listeners underneath (so they
// run in registration order with addEventListener ones), wrapped to get
// the message's value instead of the event ('close' listeners get the
// event, as in Node). As in Node, a 'message' listener starts the port and
// makes it keep the runtime alive; when the last 'message' listener of any
// kind goes, the port no longer does. The HTML behaviour of
// addEventListener and onmessage is untouched (addEventListener alone does
// not start the port).
(function (exports, require, binding, internals, module) {
  'use strict';
  const { natives, global, invalidArgType } = internals;

  const kNodeListeners = Symbol('isohost.nodeListeners');
  const kMaxListeners = Symbol('isohost.maxListeners');
  // emit(type, value): the value node-style listeners get.
  const kNodeValue = Symbol('isohost.nodeValue');

  // A Web Worker's implicit port delivers to the worker's global scope:
  // its node-style listeners live there (the global's addEventListener
  // starts and refs the port itself).
  function eventHostOf(port) {
    if (!natives.isNodeWorker && natives.isWorker &&
        port === natives.workerPort) {
      return global;
    }
    return port;
  }

  // Removed from the global scope to make its removeEventListener update
  // the keep-alive (it was never added).
  function removeAllListenersMarker() {}

  function recordsOf(port, type, create) {
    let map = port[kNodeListeners];
    if (map === undefined) {
      if (!create) return undefined;
      map = new Map();
      Object.defineProperty(port, kNodeListeners, { value: map });
    }
    let list = map.get(type);
    if (list === undefined && create) {
      list = [];
      map.set(type, list);
    }
    return list;
  }

  function valueOf(event) {
    if (kNodeValue in event) return event[kNodeValue];
    if (event.type === 'message' || event.type === 'messageerror') {
      return event.data;
    }
    return event;
  }

  // Node: a function or an EventListener object; null and undefined are
  // ignored.
  function checkListener(listener) {
    if (typeof listener === 'function' ||
        (typeof listener === 'object' && listener !== null)) {
      return;
    }
    const error = new TypeError(
      'The "listener" argument must be an instance of EventListener.' +
      internals.describeReceived(listener));
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }

  function call(listener, port, value) {
    if (typeof listener === 'function') return listener.call(port, value);
    return listener.handleEvent(value);
  }

  function add(port, type, listener, once) {
    if (listener === undefined || listener === null) return port;
    checkListener(listener);
    type = `${type}`;
    const host = eventHostOf(port);
    const list = recordsOf(port, type, true);
    const record = { listener, wrapper: undefined };
    record.wrapper = function (event) {
      if (once) remove(port, type, listener);
      return call(listener, port, valueOf(event));
    };
    list.push(record);
    host.addEventListener(type, record.wrapper);
    if (type === 'message' && host === port) {
      natives.portStart(port);
      natives.portRef(port, true);
    }
    return port;
  }

  function remove(port, type, listener) {
    type = `${type}`;
    const list = recordsOf(port, type, false);
    if (list === undefined) return port;
    // The most recently added matching one, as EventEmitter does.
    let index = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        index = i;
        break;
      }
    }
    if (index < 0) return port;
    const [record] = list.splice(index, 1);
    const host = eventHostOf(port);
    host.removeEventListener(type, record.wrapper);
    if (type === 'message' && host === port &&
        internals.eventListenerCount(port, 'message') === 0) {
      natives.portRef(port, false);
    }
    return port;
  }

  module.exports = {
    on(type, listener) { return add(this, type, listener, false); },
    addListener(type, listener) { return add(this, type, listener, false); },
    once(type, listener) { return add(this, type, listener, true); },
    off(type, listener) { return remove(this, type, listener); },
    removeListener(type, listener) { return remove(this, type, listener); },
    // All listeners of `type` (of every type the emitter methods added
    // listeners for when none is named), addEventListener ones included;
    // an on<type> handler stays.
    removeAllListeners(type) {
      const map = this[kNodeListeners];
      const types = type !== undefined ? [`${type}`] :
        map === undefined ? [] : [...map.keys()];
      const host = eventHostOf(this);
      for (const name of types) {
        for (const record of [...(map?.get(name) ?? [])]) {
          remove(this, name, record.listener);
        }
        internals.removeEventListeners(host, name);
        if (name !== 'message') continue;
        if (host !== this) {
          // The global scope's removeEventListener updates its keep-alive.
          host.removeEventListener('message', removeAllListenersMarker);
        } else if (internals.eventListenerCount(this, 'message') === 0) {
          natives.portRef(this, false);
        }
      }
      return this;
    },
    emit(type, value) {
      if (typeof type !== 'string') throw invalidArgType('type', 'string', type);
      const had = this.listenerCount(type) > 0;
      const event = type === 'message' || type === 'messageerror' ?
        new internals.MessageEvent(type, { data: value }) :
        new internals.Event(type);
      Object.defineProperty(event, kNodeValue, { value });
      eventHostOf(this).dispatchEvent(event);
      return had;
    },
    // Every listener counts, as in Node: node-style ones, addEventListener
    // ones and the on<type> handler.
    listenerCount(type) {
      return internals.eventListenerCount(eventHostOf(this), `${type}`);
    },
    eventNames() {
      const map = this[kNodeListeners];
      if (map === undefined) return [];
      return [...map.keys()].filter((name) => map.get(name).length > 0);
    },
    setMaxListeners(n) {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        const error = new RangeError(
          'The value of "n" is out of range. It must be a non-negative ' +
          `number. Received ${internals.inspect(n)}`);
        error.code = 'ERR_OUT_OF_RANGE';
        throw error;
      }
      Object.defineProperty(this, kMaxListeners, {
        value: n, writable: true, configurable: true,
      });
    },
    getMaxListeners() { return this[kMaxListeners] ?? 10; },
    hasRef() { return binding('worker_threads').portHasRef(this); },
  };
});
