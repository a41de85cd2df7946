// navigator (HTML's WorkerNavigator subset that Node 20 has).
(function (exports, require, binding, internals, module) {
  'use strict';
  const { hardwareConcurrency } = binding('navigator');
  class Navigator {
    get hardwareConcurrency() { return hardwareConcurrency; }
    get language() { return 'en-US'; }
    get languages() { return ['en-US']; }
    get userAgent() { return 'isohost/0.1.0'; }
  }
  Object.defineProperty(Navigator.prototype, Symbol.toStringTag, {
    value: 'Navigator', configurable: true,
  });
  exports.Navigator = Navigator;
  exports.navigator = new Navigator();
});
