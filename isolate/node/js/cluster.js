// node:cluster: forking workers is starting processes, not granted to
// isohost runtimes (see node:internal/denied). The module is the primary
// process's EventEmitter, as in Node, with no workers.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const EventEmitter = require('node:events');

  const cluster = new EventEmitter();
  cluster.isWorker = false;
  cluster.isMaster = true;
  cluster.isPrimary = true;
  cluster.Worker = denied.deniedClass('cluster', 'Worker', 'run', [], EventEmitter);
  cluster.workers = {};
  cluster.settings = {};
  cluster.SCHED_NONE = 1;
  cluster.SCHED_RR = 2;
  cluster.schedulingPolicy = 2;
  denied.define(cluster, 'cluster', {
    functions: { run: ['setupPrimary', 'setupMaster', 'fork', 'disconnect'] },
  });
  module.exports = cluster;
  require('node:internal/denied').reorder(module.exports, [
    '_events', '_eventsCount', '_maxListeners', 'isWorker', 'isMaster',
    'isPrimary', 'Worker', 'workers', 'settings', 'SCHED_NONE', 'SCHED_RR',
    'schedulingPolicy', 'setupPrimary', 'setupMaster', 'fork', 'disconnect',
  ]);
});
