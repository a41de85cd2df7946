// node:worker_threads: Node's worker API over isohost's workers (each an
// isolate with its own heap and event loop on a thread of its own).
//
// The main runtime has isMainThread true, threadId 0, parentPort and
// workerData null. A worker started by this module's Worker sees
// isMainThread false, its threadId (process-wide, from C++), parentPort
// (the MessagePort to its parent; listening on it keeps the worker alive),
// workerData and the environment data its parent had when it started it.
// A Web Worker (the global Worker) that requires this module gets the
// same, with parentPort delivering through its global scope.
//
// Not supported: moveMessagePortToContext (no vm contexts) and
// postMessageToThread (throw / reject ERR_METHOD_NOT_IMPLEMENTED); the
// stdout/stderr/stdin options (a worker's console writes straight to the
// process's output); SHARE_ENV shares nothing (runtimes share no memory:
// the worker gets a copy of process.env).
(function (exports, require, binding, internals, module) {
  'use strict';
  const { natives, global } = internals;
  const errors = require('node:internal/worker_threads_errors');
  const shared = require('node:internal/worker_threads_shared');
  const { Worker } = require('node:internal/worker_threads_worker');
  const ports = binding('worker_threads');

  const isMainThread = !natives.isWorker;
  const threadId = natives.threadId;
  let parentPort = null;
  let workerData = null;
  let resourceLimits = {};
  if (!isMainThread) {
    parentPort = natives.workerPort ?? null;
    workerData = natives.isNodeWorker ? natives.workerData?.workerData :
      natives.workerData;
    resourceLimits = ports.resourceLimits();
  }

  function receiveMessageOnPort(port) {
    if (!ports.isMessagePort(port)) {
      throw errors.coded(TypeError, 'ERR_INVALID_ARG_TYPE',
                         'The "port" argument must be a MessagePort instance');
    }
    return ports.receiveMessageOnPort(port);
  }

  function moveMessagePortToContext(port, context) {
    throw errors.notImplemented('moveMessagePortToContext()');
  }

  async function postMessageToThread(threadId, value, transferList, timeout) {
    throw errors.notImplemented('postMessageToThread()');
  }

  function setEnvironmentData(key, value) {
    if (value === undefined) {
      shared.environmentData.delete(key);
    } else {
      shared.environmentData.set(key, value);
    }
  }

  function getEnvironmentData(key) {
    return shared.environmentData.get(key);
  }

  // Node's order of exports.
  exports.isMainThread = isMainThread;
  exports.MessagePort = natives.MessagePort;
  exports.MessageChannel = global.MessageChannel;
  exports.markAsUntransferable = internals.markAsUntransferable;
  exports.moveMessagePortToContext = moveMessagePortToContext;
  exports.receiveMessageOnPort = receiveMessageOnPort;
  exports.resourceLimits = resourceLimits;
  exports.postMessageToThread = postMessageToThread;
  exports.threadId = threadId;
  exports.SHARE_ENV = shared.SHARE_ENV;
  exports.Worker = Worker;
  exports.parentPort = parentPort;
  exports.workerData = workerData;
  // Another built-in provides the global; read it only when asked.
  let broadcastChannel;
  Object.defineProperty(exports, 'BroadcastChannel', {
    enumerable: true,
    configurable: true,
    get() {
      broadcastChannel ??= global.BroadcastChannel;
      return broadcastChannel;
    },
    set(value) { broadcastChannel = value; },
  });
  exports.setEnvironmentData = setEnvironmentData;
  exports.getEnvironmentData = getEnvironmentData;
});
