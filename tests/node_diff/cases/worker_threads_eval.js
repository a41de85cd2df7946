// eval: true runs the string as the worker's (CommonJS) script: require
// works (relative to the working directory), workerData and argv reach it,
// errors in it (syntax or thrown) come back as 'error' events.
const { Worker } = require('worker_threads');

function run(label, code, options = {}) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, ...options });
    const messages = [];
    const events = [];
    w.on('online', () => events.push('online'));
    w.on('message', (value) => {
      messages.push(value);
      if (value === 'ready') w.postMessage(21);
    });
    w.on('error', (error) => {
      events.push(['error', error.constructor.name, error.message]);
    });
    w.on('exit', (code) => {
      console.log(label, events, 'exit', code, messages);
      resolve();
    });
  });
}

(async () => {
  await run('basic', `
    const wt = require('worker_threads');
    wt.parentPort.postMessage({
      isMainThread: wt.isMainThread,
      data: wt.workerData,
      argv: process.argv.slice(2),
      types: [typeof require, typeof module, typeof exports, typeof __dirname],
      sameRequire: require('node:worker_threads') === wt,
    });
  `, { workerData: { n: [1, 2] }, argv: ['a', 3, true] });
  await run('relative require', `
    const { echo } = require('./worker_threads/helper.js');
    require('worker_threads').parentPort.postMessage(echo('from eval'));
  `);
  await run('listens', `
    const { parentPort } = require('worker_threads');
    parentPort.on('message', (v) => {
      parentPort.postMessage(v * 2);
      parentPort.close();
    });
    parentPort.postMessage('ready');
  `);
  await run('syntax error', 'let = ;');
  await run('throws', 'throw new TypeError("thrown in eval")');
  await run('exit code', 'process.exitCode = 5');
  await run('empty', '');
})();
