let i32;
onmessage = (e) => {
  if (e.data instanceof SharedArrayBuffer) {
    i32 = new Int32Array(e.data);
    postMessage('waiting');
    while (Atomics.load(i32, 0) === 0) Atomics.wait(i32, 0, 0);
    postMessage({ phase: 'saw', value: Atomics.load(i32, 0), type: e.data.constructor.name });
  } else if (e.data === 'your turn') {
    i32[2] = 7;
    Atomics.store(i32, 1, 99);
    Atomics.notify(i32, 1);
    close();
  }
};
