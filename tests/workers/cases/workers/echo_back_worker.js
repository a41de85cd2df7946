// Echoes every message back (a second structured clone). 'bye' -> close().
onmessage = (e) => {
  if (e.data === 'bye') {
    postMessage('bye');
    close();
    return;
  }
  postMessage(e.data);
};
