onmessage = (e) => {
  const port = e.data.port;
  port.close();
  port.postMessage('after close, in worker');
  postMessage('closed my end');
  close();
};
