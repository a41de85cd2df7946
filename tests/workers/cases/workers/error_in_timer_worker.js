onmessage = () => {
  postMessage('pong');
  setTimeout(() => {
    const target = null;
    target.prop = 1;
  }, 20);
};
