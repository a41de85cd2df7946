// "modules" worker (Node): imports the graph named by workerData and posts
// the time that took and the graph's result.
import { workerData, parentPort } from 'node:worker_threads';
const t0 = performance.now();
const { total } = await import(workerData);
parentPort.postMessage({ ms: performance.now() - t0, total });
