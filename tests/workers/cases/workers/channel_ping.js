onmessage = (e) => {
  onmessage = null; // stop listening to the parent
  const port = e.data.port;
  const log = [];
  let round = 1;
  port.onmessage = (m) => {
    log.push(m.data);
    if (m.data === 'pong 3') {
      postMessage({ log, isPort: port instanceof MessagePort });
      port.close();
    } else {
      port.postMessage('ping ' + ++round);
    }
  };
  port.postMessage('ping ' + round);
};
