// node:internal/worker_threads_shared: per-runtime state node:worker_threads
// and its Worker share: the environment data (setEnvironmentData(), cloned
// into every worker started after) and the SHARE_ENV symbol.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { natives } = internals;
  // A Node worker starts with a clone of its parent's map.
  const inherited = natives.isNodeWorker ?
    natives.workerData?.environmentData : undefined;
  module.exports = {
    environmentData: inherited instanceof Map ? inherited : new Map(),
    SHARE_ENV: Symbol('nodejs.worker_threads.SHARE_ENV'),
  };
});
