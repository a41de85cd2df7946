onmessage = (e) => {
  postMessage('got ' + e.data);
  onmessage = null;
};
postMessage('listening');
