const inner = new Worker('./nested_inner.js', { name: 'inner', workerData: 'from outer' });
inner.onmessage = (e) => postMessage('relay: ' + e.data);
inner.addEventListener('exit', (e) => postMessage('inner exit ' + e.code));
postMessage('outer started');
