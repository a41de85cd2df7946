// node:inspector: the inspector is not granted to isohost runtimes
// (see node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  denied.define(exports, 'inspector', {
    functions: { inspector: ['open', 'close', 'url', 'waitForDebugger'] },
  });
  exports.console = {};
  exports.Network = denied.define({}, 'inspector.Network', {
    functions: {
      inspector: ['requestWillBeSent', 'responseReceived', 'loadingFinished',
                  'loadingFailed'],
    },
  });
  exports.Session = denied.deniedClass('inspector', 'Session', 'inspector', [],
                                       require('node:events'));
  require('node:internal/denied').reorder(module.exports, [
    'open', 'close', 'url', 'waitForDebugger', 'console', 'Session', 'Network',
  ]);
});
