// node:v8: not implemented in isohost (heap statistics, snapshots,
// serialize/deserialize, flags; see node:internal/denied), except
// startupSnapshot.isBuildingSnapshot(), which is false.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  denied.define(exports, 'v8', {
    functions: {
      none: ['cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics',
             'getHeapSpaceStatistics', 'getHeapCodeStatistics',
             'setFlagsFromString', 'deserialize', 'takeCoverage', 'stopCoverage',
             'serialize', 'writeHeapSnapshot', 'queryObjects',
             'setHeapSnapshotNearHeapLimit'],
    },
    classes: {
      none: ['Serializer', 'Deserializer', 'DefaultSerializer',
             'DefaultDeserializer', 'GCProfiler'],
    },
  });
  exports.promiseHooks = denied.define({}, 'v8.promiseHooks', {
    functions: { none: ['createHook', 'onInit', 'onBefore', 'onAfter', 'onSettled'] },
  });
  exports.startupSnapshot = denied.define({}, 'v8.startupSnapshot', {
    functions: {
      none: ['addDeserializeCallback', 'addSerializeCallback',
             'setDeserializeMainFunction'],
    },
  });
  exports.startupSnapshot.isBuildingSnapshot = function isBuildingSnapshot() {
    return false;
  };
  require('node:internal/denied').reorder(module.exports, [
    'cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics',
    'getHeapSpaceStatistics', 'getHeapCodeStatistics', 'setFlagsFromString',
    'Serializer', 'Deserializer', 'DefaultSerializer', 'DefaultDeserializer',
    'deserialize', 'takeCoverage', 'stopCoverage', 'serialize',
    'writeHeapSnapshot', 'promiseHooks', 'queryObjects', 'startupSnapshot',
    'setHeapSnapshotNearHeapLimit', 'GCProfiler',
  ]);
});
