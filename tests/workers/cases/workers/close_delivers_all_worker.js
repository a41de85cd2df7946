onmessage = () => {
  for (let i = 1; i <= 100; i++) postMessage(i);
  close();
};
