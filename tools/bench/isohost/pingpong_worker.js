// "pingpong" worker: echoes every message back.
onmessage = (e) => { postMessage(e.data); };
postMessage('ready');
