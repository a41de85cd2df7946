// terminate(): stops a busy or idle worker; its promise resolves with the
// exit code (1) after the 'exit' listeners ran; a second terminate() while
// stopping gets the same; after the exit it resolves undefined; threadId
// is -1 and resourceLimits {} once the worker is gone; terminating right
// after construction works too.
const { Worker } = require('worker_threads');
const script = __dirname + '/worker_threads/busy.js';

function started(mode) {
  return new Promise((resolve) => {
    const w = new Worker(script, { workerData: mode });
    w.once('message', () => resolve(w));
  });
}

(async () => {
  for (const mode of ['busy', 'idle']) {
    const w = await started(mode);
    const order = [];
    w.on('exit', (code) => order.push(`exit event ${code}`));
    console.log(mode, 'threadId > 0', w.threadId > 0);
    const first = w.terminate().then((code) => order.push(`first ${code}`));
    const second = w.terminate().then((code) => order.push(`second ${code}`));
    await Promise.all([first, second]);
    console.log(mode, order);
    console.log(mode, 'after exit', w.threadId, w.resourceLimits,
                await w.terminate());
    w.postMessage('ignored after exit');
  }
  const early = new Worker(script, { workerData: 'busy' });
  const events = [];
  early.on('online', () => events.push('online'));
  early.on('exit', (code) => events.push(`exit ${code}`));
  // (Node's exit code for a worker stopped before it ran is 0 or 1,
  // depending on how far it got; only the shape is compared.)
  const code = await early.terminate();
  console.log('early', typeof code, events.length > 0);
})();
