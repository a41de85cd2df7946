// node:vm: not implemented in isohost (see node:internal/denied): contexts
// and scripts would need a V8 context per call and their own code checks
// (--no-eval); constants has Node's USE_MAIN_CONTEXT_DEFAULT_LOADER.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  exports.Script = denied.deniedClass('vm', 'Script', 'none');
  denied.define(exports, 'vm', {
    functions: {
      none: ['createContext', 'createScript', 'runInContext', 'runInNewContext',
             'runInThisContext', 'isContext', 'compileFunction', 'measureMemory'],
    },
  });
  exports.constants = {
    __proto__: null,
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  };
  require('node:internal/denied').reorder(module.exports, [
    'Script', 'createContext', 'createScript', 'runInContext',
    'runInNewContext', 'runInThisContext', 'isContext', 'compileFunction',
    'measureMemory', 'constants',
  ]);
});
