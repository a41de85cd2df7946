// An uncaught error in a worker: the parent's 'error' gets the Error (its
// built-in class, message and own properties, as Node rebuilds it), then
// 'exit' gets code 1. (A worker's messages and its 'error' travel apart in
// Node, so their relative order is not compared: messages are listed on
// their own.)
const { Worker } = require('worker_threads');

function show(error) {
  if (!(error instanceof Error)) return [typeof error, error];
  const own = {};
  for (const key of Object.keys(error)) own[key] = error[key];
  return [error.constructor.name, error.name, error.message, own,
          String(error), typeof error.stack];
}

function run(label, file, workerData) {
  return new Promise((resolve) => {
    const w = new Worker(file, { workerData });
    const events = [];
    const messages = [];
    w.on('online', () => events.push('online'));
    w.on('message', (value) => {
      messages.push(value);
      if (workerData === 'listener') w.postMessage('go');
    });
    w.on('error', (error) => events.push(['error', ...show(error)]));
    w.on('exit', (code) => {
      console.log(label, events, 'exit', code, messages);
      resolve();
    });
  });
}

(async () => {
  const throws = __dirname + '/worker_threads/throws.js';
  for (const kind of ['error', 'coded', 'type', 'range', 'custom', 'number',
                      'string', 'object', 'rejection', 'timer', 'listener']) {
    await run(kind, throws, kind);
  }
  await run('syntax', __dirname + '/worker_threads/syntax_error.js');
  await run('missing', __dirname + '/worker_threads/no_such_file.js');
})();
