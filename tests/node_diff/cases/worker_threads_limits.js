// resourceLimits: a worker that outgrows maxOldGenerationSizeMb ends with
// ERR_WORKER_OUT_OF_MEMORY ('error', then 'exit' 1); runaway recursion is
// a RangeError in the worker, reported the same way; the parent carries on.
const { Worker } = require('worker_threads');

function run(label, code, resourceLimits) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true, resourceLimits });
    w.on('error', (error) => {
      console.log(label, 'error', error.constructor.name, error.code,
                  error.message);
    });
    w.on('exit', (code) => {
      console.log(label, 'exit', code);
      resolve();
    });
  });
}

(async () => {
  await run('heap', `
    const keep = [];
    for (;;) keep.push({ n: keep.length, text: 'item ' + keep.length });
  `, { maxOldGenerationSizeMb: 16 });
  await run('stack', 'function f() { return f() + 1; } f();');
  console.log('parent still fine');
})();
