// expect: normal
// limits: max_wall_ms=30000
// Workers started from JS with resourceLimits: the parent gets an 'error'
// event (for a limit: an Error with Node's code) and an 'exit' event whose
// reason says which limit stopped the worker.
const cases = [
  ['./children/spin.js', { maxCpuTimeMs: 100 }, 'ERR_WORKER_CPU_TIME_LIMIT', 'cpu-time'],
  ['./children/grow.js', { maxOldGenerationSizeMb: 16 }, 'ERR_WORKER_OUT_OF_MEMORY', 'out-of-memory'],
  ['./children/flood.js', { maxQueuedMessages: 100 }, null, 'queue-full'],
  ['./children/recurse.js', { stackSizeMb: 1 }, null, 'stack'],
];
let pending = cases.length;
for (const [path, resourceLimits, code, reason] of cases) {
  const worker = new Worker(path, { resourceLimits });
  let errorCode;
  worker.onerror = (event) => {
    event.preventDefault();
    errorCode = event.error?.code ?? null;
  };
  worker.addEventListener('exit', (event) => {
    if (event.reason !== reason || event.code !== 1 ||
        (code !== null && errorCode !== code)) {
      throw new Error(`${path}: exit ${event.code} ${event.reason}, error code ${errorCode}`);
    }
    if (--pending === 0) console.log('every limit was reported');
  });
}
