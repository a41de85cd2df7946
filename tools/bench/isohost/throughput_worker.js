// "throughput" worker. {cmd:'send', n, kind}: post n messages to main in one
// synchronous loop (kind 'small': the index; '1k': a 1024-char string).
// {cmd:'recv', n}: the next n messages are payload; count them, then post 'done'.
const KB = 'abcdefghijklmnopqrstuvwxyz012345'.repeat(32);  // 1024 chars
let expect = 0;
let got = 0;
onmessage = (e) => {
  if (expect !== 0) {
    if (++got === expect) {
      expect = 0;
      postMessage('done');
    }
    return;
  }
  const d = e.data;
  if (d.cmd === 'send') {
    if (d.kind === '1k') {
      for (let i = 0; i < d.n; i++) postMessage(KB);
    } else {
      for (let i = 0; i < d.n; i++) postMessage(i);
    }
  } else if (d.cmd === 'recv') {
    expect = d.n;
    got = 0;
  }
};
postMessage('ready');
