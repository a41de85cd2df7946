onmessage = (e) => {
  const port = e.data.port;
  const seen = [];
  port.onmessage = (m) => {
    if (m.data === 'end') {
      postMessage(seen);
      port.close();
      close();
    } else {
      seen.push(m.data);
    }
  };
};
