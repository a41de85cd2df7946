// Reports what it was started with: workerData (and what a transferred
// port and buffer in it can do), isMainThread, parentPort's type.
const wt = require('worker_threads');
const data = wt.workerData;
const report = {
  type: typeof data,
  isUndefined: data === undefined,
  isMainThread: wt.isMainThread,
  parentPortIsPort: wt.parentPort instanceof wt.MessagePort,
};
if (data && data.port) {
  data.port.postMessage('sent over the port in workerData');
  data.port.close();
  report.bufferLength = data.buffer.byteLength;
  report.bytes = [...new Uint8Array(data.buffer)];
} else {
  report.data = data;
}
wt.parentPort.postMessage(report);
