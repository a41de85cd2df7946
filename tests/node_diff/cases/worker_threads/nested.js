// Level n of a chain: reports its threadId and isMainThread, starts level
// n + 1 (until the last) and relays what the deeper levels report.
const { Worker, parentPort, workerData, threadId, isMainThread } =
  require('worker_threads');
const { level, depth } = workerData;
parentPort.postMessage({ level, threadId, isMainThread });
if (level < depth) {
  const child = new Worker(__filename, { workerData: { level: level + 1, depth } });
  child.on('online', () => parentPort.postMessage({ level, childOnline: true }));
  child.on('message', (report) => parentPort.postMessage(report));
  child.on('exit', (code) => {
    parentPort.postMessage({ level, childThreadId: child.threadId, childExit: code });
  });
  parentPort.postMessage({ level, spawnedChildThreadId: child.threadId });
}
