// node:diagnostics_channel: named channels that code publishes to and
// tools subscribe to (lru-cache, undici and others publish). Channels are
// per runtime; nothing is published by isohost itself.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { invalidArgType } = internals;
  const channels = new Map();  // name -> Channel (kept while subscribed)

  function checkName(name) {
    if (typeof name !== 'string' && typeof name !== 'symbol') {
      throw invalidArgType('channel', ['string', 'symbol'], name);
    }
  }

  class Channel {
    constructor(name) {
      this._subscribers = [];
      this.name = name;
    }
    get hasSubscribers() { return this._subscribers.length > 0; }
    subscribe(subscription) {
      if (typeof subscription !== 'function') {
        throw invalidArgType('subscription', 'function', subscription);
      }
      this._subscribers = [...this._subscribers, subscription];
    }
    unsubscribe(subscription) {
      const index = this._subscribers.indexOf(subscription);
      if (index === -1) return false;
      this._subscribers = this._subscribers.filter((_, i) => i !== index);
      return true;
    }
    publish(data) {
      // A throwing subscriber must not break the publisher (Node reports
      // it as an uncaught exception on the next tick).
      for (const subscriber of this._subscribers) {
        try {
          subscriber(data, this.name);
        } catch (error) {
          internals.nextTick(() => { throw error; });
        }
      }
    }
    bindStore() {}
    unbindStore() { return false; }
    runStores(data, fn, thisArg, ...args) {
      return Reflect.apply(fn, thisArg, args);
    }
  }

  function channel(name) {
    checkName(name);
    let existing = channels.get(name);
    if (existing === undefined) {
      existing = new Channel(name);
      channels.set(name, existing);
    }
    return existing;
  }

  const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

  class TracingChannel {
    constructor(nameOrChannels) {
      for (const event of traceEvents) {
        Object.defineProperty(this, event, {
          value: typeof nameOrChannels === 'string' ?
            channel(`tracing:${nameOrChannels}:${event}`) : nameOrChannels[event],
          enumerable: false,
        });
      }
    }
    get hasSubscribers() {
      return traceEvents.some((event) => this[event].hasSubscribers);
    }
    subscribe(handlers) {
      for (const event of traceEvents) {
        if (handlers[event]) this[event].subscribe(handlers[event]);
      }
    }
    unsubscribe(handlers) {
      let done = true;
      for (const event of traceEvents) {
        if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
      }
      return done;
    }
    traceSync(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      this.start.publish(context);
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (error) {
        context.error = error;
        this.error.publish(context);
        throw error;
      } finally {
        this.end.publish(context);
      }
    }
    tracePromise(fn, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      this.start.publish(context);
      try {
        const promise = Reflect.apply(fn, thisArg, args);
        return Promise.resolve(promise).then((result) => {
          context.result = result;
          this.asyncStart.publish(context);
          this.asyncEnd.publish(context);
          return result;
        }, (error) => {
          context.error = error;
          this.error.publish(context);
          this.asyncStart.publish(context);
          this.asyncEnd.publish(context);
          throw error;
        });
      } catch (error) {
        context.error = error;
        this.error.publish(context);
        throw error;
      } finally {
        this.end.publish(context);
      }
    }
    traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
      if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
      const index = position < 0 ? args.length + position : position;
      const callback = args[index];
      if (typeof callback !== 'function') {
        throw invalidArgType('callback', 'function', callback);
      }
      const channels = this;
      args[index] = function (error, result) {
        if (error) {
          context.error = error;
          channels.error.publish(context);
        } else {
          context.result = result;
        }
        channels.asyncStart.publish(context);
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          channels.asyncEnd.publish(context);
        }
      };
      return this.traceSync(fn, context, thisArg, ...args);
    }
  }

  exports.channel = channel;
  exports.hasSubscribers = (name) => {
    checkName(name);
    return channels.get(name)?.hasSubscribers ?? false;
  };
  exports.subscribe = (name, subscription) => channel(name).subscribe(subscription);
  exports.unsubscribe = (name, subscription) => channel(name).unsubscribe(subscription);
  exports.tracingChannel = (nameOrChannels) => new TracingChannel(nameOrChannels);
  exports.Channel = Channel;
});
