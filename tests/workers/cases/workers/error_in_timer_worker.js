onmessage = (e) => {
  if (e.data === 'ping') {
    postMessage('pong');
    return;
  }
  setTimeout(() => {
    const target = null;
    target.prop = 1;
  }, 5);
};
