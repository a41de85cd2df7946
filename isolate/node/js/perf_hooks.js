// node:perf_hooks: performance and the User Timing classes are the
// globals; PerformanceObserver and friends come from the globals when
// isohost has them; monitorEventLoopDelay and createHistogram are not
// implemented (see node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const { global } = internals;
  for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark',
                      'PerformanceMeasure', 'PerformanceObserver',
                      'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
    exports[name] = typeof global[name] === 'function' ? global[name] :
      denied.deniedClass('perf_hooks', name, 'none');
  }
  denied.define(exports, 'perf_hooks', {
    functions: { none: ['monitorEventLoopDelay', 'createHistogram'] },
  });
  Object.defineProperty(exports, 'performance', {
    enumerable: true,
    configurable: true,
    get() { return global.performance; },
  });
  exports.constants = denied.table({"NODE_PERFORMANCE_GC_MAJOR":4,"NODE_PERFORMANCE_GC_MINOR":1,"NODE_PERFORMANCE_GC_INCREMENTAL":8,"NODE_PERFORMANCE_GC_WEAKCB":16,"NODE_PERFORMANCE_GC_FLAGS_NO":0,"NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED":2,"NODE_PERFORMANCE_GC_FLAGS_FORCED":4,"NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING":8,"NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE":16,"NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY":32,"NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE":64});
  require('node:internal/denied').reorder(module.exports, [
    'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList',
    'PerformanceResourceTiming', 'monitorEventLoopDelay', 'createHistogram',
    'performance', 'constants',
  ]);
});
