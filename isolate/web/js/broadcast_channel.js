// BroadcastChannel (HTML) across every runtime of the process: the main
// runtime, its workers at any depth, and the host's C++ workers.
//
// The runtime joins the registry once (binding('broadcast')); each channel
// is one subscription. A message that arrives is delivered to this
// runtime's open channels of its name, oldest first, leaving out the
// sender and any channel made after the message was posted; each channel
// gets its own copy of the value, and a full checkpoint (nextTick queue,
// microtasks) runs between two channels' deliveries.
//
// As Node 20: an open channel keeps its runtime alive until close() or
// unref() (listeners or not), a message nobody listens for is dropped,
// and a closed channel's postMessage() throws InvalidStateError.
// Differences from Node 20, which follow HTML instead:
//  - Several channels of one runtime receive one message after another,
//    message by message (HTML's order); Node drains each channel's queue
//    in turn (all of one channel's pending messages, then the next's).
//  - Object.prototype.toString() gives [object BroadcastChannel] (Node:
//    [object EventTarget]).
// An open channel is held by the runtime (not collected) until it closes.
(function (exports, require, binding, internals, module) {
  'use strict';
  const {
    DOMException, EventTarget, MessageEvent, defineEventHandler, natives,
  } = internals;
  const native = binding('broadcast');

  const { codedError, missingArgs } = require('internal:web/errors');

  function invalidThis() {
    return codedError(TypeError, 'ERR_INVALID_THIS',
                      'Value of "this" must be of type BroadcastChannel');
  }

  // ---- this runtime's member ------------------------------------------------

  let member;  // { id, port }, made by the first channel
  let refs = 0;  // open channels that keep the runtime alive
  // name -> open channels' records ({ channel, id }), oldest first.
  const open = new Map();

  // Where the member's port delivers: each message is
  // [sequence, sender subscription, name, value].
  const sink = {
    dispatchEvent(event) {
      // A message that cannot be deserialised has no name to go to.
      if (event.type === 'message') deliver(event.data);
      return true;
    },
  };

  function joined() {
    if (member === undefined) {
      const [id, port] = native.join(sink);
      member = { id, port };
    }
    return member;
  }

  function addRef(delta) {
    const before = refs;
    refs += delta;
    if ((before > 0) !== (refs > 0)) native.setRef(member.port, refs > 0);
  }

  function deliver(envelope) {
    const [sequence, sender, name, value] = envelope;
    const list = open.get(name);
    if (list === undefined) return;
    const targets = list.filter(
      (record) => record.id !== sender && record.id < sequence);
    if (targets.length === 0) return;
    // Every channel's copy is made before any listener can touch one.
    const values = [value];
    for (let i = 1; i < targets.length; i++) {
      values.push(natives.structuredClone(value, undefined));
    }
    for (let i = 0; i < targets.length; i++) {
      if (i > 0 && native.checkpoint()) return;  // the runtime is ending
      const record = targets[i];
      if (record.closed) continue;
      record.channel.dispatchEvent(
        new MessageEvent('message', { data: values[i] }));
    }
  }

  // ---- BroadcastChannel -----------------------------------------------------

  const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  class BroadcastChannel extends EventTarget {
    #name;
    #record;
    #ref = true;

    constructor(name) {
      if (arguments.length === 0) throw missingArgs('name');
      super();
      this.#name = `${name}`;
      const { id } = joined();
      this.#record = {
        channel: this, id: native.subscribe(id, this.#name), closed: false,
      };
      let list = open.get(this.#name);
      if (list === undefined) {
        list = [];
        open.set(this.#name, list);
      }
      list.push(this.#record);
      addRef(1);
    }

    get name() {
      if (!(#name in this)) throw invalidThis();
      return this.#name;
    }

    close() {
      if (!(#name in this)) throw invalidThis();
      const record = this.#record;
      if (record.closed) return;
      record.closed = true;
      native.unsubscribe(record.id);
      const list = open.get(this.#name);
      list.splice(list.indexOf(record), 1);
      if (list.length === 0) open.delete(this.#name);
      if (this.#ref) addRef(-1);
    }

    postMessage(message) {
      if (!(#name in this)) throw invalidThis();
      if (arguments.length === 0) throw missingArgs('message');
      if (this.#record.closed) {
        throw new DOMException('BroadcastChannel is closed.',
                               'InvalidStateError');
      }
      native.post(this.#name, this.#record.id, message);
    }

    ref() {
      if (!(#name in this)) throw invalidThis();
      if (!this.#ref && !this.#record.closed) addRef(1);
      this.#ref = true;
      return this;
    }

    unref() {
      if (!(#name in this)) throw invalidThis();
      if (this.#ref && !this.#record.closed) addRef(-1);
      this.#ref = false;
      return this;
    }

    [inspectSymbol](depth, options, inspect) {
      if (depth < 0) return 'BroadcastChannel';
      const opts = {
        ...options, depth: options.depth == null ? null : options.depth - 1,
      };
      return `BroadcastChannel ${inspect({
        name: this.#name, active: !this.#record.closed,
      }, opts)}`;
    }
  }
  defineEventHandler(BroadcastChannel.prototype, 'message');
  defineEventHandler(BroadcastChannel.prototype, 'messageerror');
  Object.defineProperty(BroadcastChannel.prototype, Symbol.toStringTag, {
    value: 'BroadcastChannel', configurable: true,
  });

  exports.BroadcastChannel = BroadcastChannel;
});
