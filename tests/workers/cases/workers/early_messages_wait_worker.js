setTimeout(() => {
  const seen = [];
  self.addEventListener('message', function onMsg(e) {
    seen.push(e.data);
    if (seen.length === 3) {
      self.removeEventListener('message', onMsg);
      postMessage(seen); // no listener left: the worker exits on its own
    }
  });
}, 50);
