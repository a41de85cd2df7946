onmessage = (e) => {
  onmessage = null;
  const port = e.data.port;
  port.onmessage = (m) => {
    const n = m.data.split(' ')[1];
    port.postMessage('pong ' + n);
    if (n === '3') port.close(); // 'pong 3' was posted before close: delivered
  };
};
