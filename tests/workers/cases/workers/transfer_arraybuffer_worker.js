const notes = [];
onmessage = (e) => {
  const d = e.data;
  if (d.kind === 'transfer') {
    const bytes = new Uint8Array(d.buf);
    notes.push('received ' + d.buf.byteLength + ' bytes, sum ' + bytes.reduce((a, b) => a + b, 0));
    bytes.forEach((b, i) => { bytes[i] = b * 10; });
    postMessage({ kind: 'back', buf: d.buf }, [d.buf]);
    notes.push('worker after transfer: byteLength ' + d.buf.byteLength + ', view length ' + bytes.length);
  } else if (d.kind === 'copy') {
    notes.push('copy: ' + d.view.constructor.name + ' ' + Array.from(d.view).join(','));
  } else if (d.kind === 'view') {
    notes.push('view: ' + d.typed.constructor.name + ' ' + Array.from(d.typed).join(','));
    postMessage(notes);
    close();
  }
};
