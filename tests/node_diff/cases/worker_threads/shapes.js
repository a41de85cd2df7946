// Reports the module's shape as a worker sees it.
const wt = require('worker_threads');
wt.parentPort.postMessage({
  keys: Object.keys(wt),
  isMainThread: wt.isMainThread,
  threadIdPositive: wt.threadId > 0,
  threadIdType: typeof wt.threadId,
  parentPortIsPort: wt.parentPort instanceof wt.MessagePort,
  parentPortMethods: ['on', 'once', 'off', 'postMessage', 'close', 'ref',
                      'unref', 'start'].map((m) => typeof wt.parentPort[m]),
  workerData: wt.workerData,
  resourceLimitKeys: Object.keys(wt.resourceLimits).sort(),
  resourceLimitTypes: Object.values(wt.resourceLimits).map((v) => typeof v),
  environmentData: [wt.getEnvironmentData('shared'),
                    wt.getEnvironmentData('later')],
  env: process.env.GREETING,
  argv: process.argv.slice(2),
  webGlobals: ['postMessage', 'onmessage', 'close', 'importScripts',
               'workerData'].map((name) => typeof globalThis[name]),
  sameExports: require('node:worker_threads') === wt,
  shareEnv: typeof wt.SHARE_ENV,
});
