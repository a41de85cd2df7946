// What node:worker_threads looks like on the main thread and in a worker
// (values that differ per run, like threadId, are shown by shape only):
// exports and their order, isMainThread, threadId, parentPort, workerData,
// resourceLimits, the environment data a worker inherits, env and argv.
const wt = require('worker_threads');
const {
  Worker, MessageChannel, MessagePort, isMainThread, threadId, parentPort,
  workerData, resourceLimits, SHARE_ENV, setEnvironmentData,
  getEnvironmentData, markAsUntransferable, receiveMessageOnPort,
} = wt;

console.log(Object.keys(wt));
console.log('main', { isMainThread, threadId, parentPort, workerData, resourceLimits });
console.log('same as globals', MessageChannel === globalThis.MessageChannel,
            MessagePort === globalThis.MessagePort);
console.log('node: and bare ids', require('node:worker_threads') === wt);
console.log('SHARE_ENV', typeof SHARE_ENV, String(SHARE_ENV));
console.log('types', [Worker, setEnvironmentData, getEnvironmentData,
                      markAsUntransferable, receiveMessageOnPort,
                      wt.moveMessagePortToContext].map((f) => typeof f));
console.log('Worker.prototype', Object.getOwnPropertyNames(Worker.prototype));
console.log('Worker extends EventEmitter',
            typeof Worker.prototype.on, typeof Worker.prototype.emit);

setEnvironmentData('shared', { deep: [1, 2] });
setEnvironmentData('gone', 1);
setEnvironmentData('gone', undefined);
console.log('environment data', getEnvironmentData('shared'),
            getEnvironmentData('gone'), getEnvironmentData('never'));

const w = new Worker(__dirname + '/worker_threads/shapes.js', {
  workerData: 'data for shapes',
  env: { GREETING: 'hello', NUMBER: 7 },
  argv: ['--flag', 12],
  name: 'shapes worker',
});
// Set after the worker started: it does not see this.
setEnvironmentData('later', 'too late');
console.log('worker.threadId > 0', w.threadId > 0,
            'resourceLimits keys', Object.keys(w.resourceLimits));
w.on('message', (report) => console.log('worker', report));
w.on('exit', (code) => console.log('exit', code));
