onmessage = (e) => {
  const port = e.data.port;
  port.postMessage('from worker via port2');
  postMessage({ port }, [port]);
};
