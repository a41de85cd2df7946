// Ends the way workerData says, after posting one message.
const { parentPort, workerData } = require('worker_threads');
parentPort.postMessage(`ending: ${workerData}`);
switch (workerData) {
  case 'exit 3': process.exit(3); break;
  case 'exit 0': process.exit(0); break;
  case 'exit no code': process.exit(); break;
  case 'exitCode 4': process.exitCode = 4; break;
  case 'exitCode then exit':
    process.exitCode = 6;
    process.exit();
    break;
  case 'exit in timer':
    setTimeout(() => {
      process.exit(9);
      parentPort.postMessage('never sent');
    }, 5);
    break;
  case 'exit in listener':
    parentPort.on('message', (n) => process.exit(n));
    parentPort.postMessage('waiting');
    break;
  case 'close parentPort':
    parentPort.close();
    break;
  case 'natural':
    break;
}
