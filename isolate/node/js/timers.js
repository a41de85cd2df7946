// node:timers: the global timer functions, the legacy enroll/active API,
// and `promises` (node:timers/promises). Loading it also gives the global
// setTimeout and setImmediate their util.promisify.custom, as Node's have.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { emitWarning } = require('node:internal/warning');
  const { global } = internals;
  const {
    setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval,
    clearInterval,
  } = global;

  const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
  for (const [fn, name] of [[setTimeout, 'setTimeout'],
                            [setImmediate, 'setImmediate']]) {
    if (typeof fn === 'function' &&
        !Object.prototype.hasOwnProperty.call(fn, kPromisifyCustom)) {
      Object.defineProperty(fn, kPromisifyCustom, {
        enumerable: true,
        configurable: true,
        get() { return require('node:timers/promises')[name]; },
      });
    }
  }

  // ---- legacy: an object with _idleTimeout and _onTimeout() --------------

  const kTimer = Symbol('isohost.legacyTimer');
  const warned = new Set();
  function warnOnce(code, message) {
    if (warned.has(code)) return;
    warned.add(code);
    emitWarning(message, 'DeprecationWarning', code);
  }

  function startLegacy(item, unref) {
    if (item[kTimer] !== undefined) clearTimeout(item[kTimer]);
    const msecs = item._idleTimeout;
    if (!(msecs >= 0)) return;
    item[kTimer] = setTimeout(() => {
      item[kTimer] = undefined;
      if (typeof item._onTimeout === 'function') item._onTimeout();
    }, msecs);
    if (unref) item[kTimer].unref();
  }

  module.exports = {
    setTimeout,
    clearTimeout,
    setImmediate,
    clearImmediate,
    setInterval,
    clearInterval,
    _unrefActive(item) {
      warnOnce('DEP0127', 'timers._unrefActive() is deprecated. Please use ' +
               'timeout.refresh() instead.');
      startLegacy(item, true);
    },
    active(item) {
      warnOnce('DEP0126', 'timers.active() is deprecated. Please use ' +
               'timeout.refresh() instead.');
      startLegacy(item, false);
    },
    unenroll(item) {
      warnOnce('DEP0096', 'timers.unenroll() is deprecated. Please use ' +
               'clearTimeout instead.');
      if (item[kTimer] !== undefined) clearTimeout(item[kTimer]);
      item[kTimer] = undefined;
      item._idleTimeout = -1;
    },
    enroll(item, msecs) {
      warnOnce('DEP0095', 'timers.enroll() is deprecated. Please use ' +
               'setTimeout instead.');
      if (item[kTimer] !== undefined) clearTimeout(item[kTimer]);
      item._idleTimeout = msecs;
    },
  };
  Object.defineProperty(module.exports, 'promises', {
    enumerable: true,
    configurable: true,
    get() { return require('node:timers/promises'); },
  });
});
