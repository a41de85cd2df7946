for (let i = 0; i < 50000; i++) postMessage(i);
