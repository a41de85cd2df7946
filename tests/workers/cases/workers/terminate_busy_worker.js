postMessage('started');
for (;;) {}
