// An ES module worker: node:worker_threads by import, top-level await.
import { parentPort, workerData, isMainThread } from 'node:worker_threads';
import wt from 'worker_threads';
const value = await Promise.resolve(workerData.n * 2);
parentPort.postMessage({
  value, isMainThread, sameDefault: wt.parentPort === parentPort,
  url: import.meta.url.split('/').pop(),
});
parentPort.once('message', (reply) => {
  parentPort.postMessage(`module worker got ${reply}`);
});
