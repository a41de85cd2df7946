postMessage('a');
postMessage('b');
if (workerData === 'exitCode') {
  process.exitCode = 3;
} else if (workerData === 'exit') {
  setTimeout(() => {
    postMessage('c');
    process.exit(5);
  }, 5);
} else {
  onmessage = () => {}; // would keep it alive, but close() ends it
  setTimeout(() => {
    postMessage('c');
    close();
  }, 5);
}
