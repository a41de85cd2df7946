let count = 0;
let inOrder = true;
onmessage = (e) => {
  if (e.data === 'end') {
    postMessage({ count, inOrder });
    close();
    return;
  }
  if (e.data !== count) inOrder = false;
  count++;
};
