// Synchronous requests from a worker: post a request on a port, block in
// Atomics.wait until main answers, then take the answer with
// receiveMessageOnPort (no event loop turn in between).
const { workerData, receiveMessageOnPort, parentPort } = require('worker_threads');
const { port, sab } = workerData;
const flag = new Int32Array(sab);
const answers = [];
for (let i = 1; i <= 3; i++) {
  Atomics.store(flag, 0, 0);
  port.postMessage({ question: i });
  Atomics.wait(flag, 0, 0);
  answers.push(receiveMessageOnPort(port));
}
answers.push(receiveMessageOnPort(port));  // nothing left: undefined
port.close();
parentPort.postMessage(answers);
