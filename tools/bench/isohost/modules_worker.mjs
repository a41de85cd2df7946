// "modules" worker: imports the graph named by workerData and posts the
// time that took and the graph's result (a check that it really ran).
const t0 = performance.now();
const { total } = await import(workerData);
postMessage({ ms: performance.now() - t0, total });
