// Readable/Writable/Duplex .fromWeb() and .toWeb() (needs the WHATWG
// stream globals): data through each adapter, its end and errors.
'use strict';
const { Readable, Writable, Duplex } = require('stream');
const { log, show, scenario, run } = require('./stream/trace.js');

scenario('Readable.fromWeb', async () => {
  const web = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
  });
  const r = Readable.fromWeb(web, { objectMode: true });
  log('got', show(await r.toArray()), r.readableObjectMode);
  const bad = new ReadableStream({ pull(c) { c.error(new Error('web failed')); } });
  const rb = Readable.fromWeb(bad);
  try { await rb.toArray(); } catch (e) { log('error', show(e)); }
  try { Readable.fromWeb({}); } catch (e) { log('threw', show(e)); }
});

scenario('Readable.toWeb', async () => {
  const web = Readable.toWeb(Readable.from(['x', 'y', 'z']));
  const parts = [];
  for await (const chunk of web) parts.push(chunk);
  log('parts', show(parts));
  const bytes = Readable.toWeb(Readable.from([Buffer.from('hi')], { objectMode: false }));
  const reader = bytes.getReader();
  const first = await reader.read();
  log('bytes', first.value instanceof Uint8Array, first.value.length, (await reader.read()).done);
});

scenario('Writable.fromWeb and toWeb', async () => {
  const seen = [];
  const web = new WritableStream({ write(chunk) { seen.push(String(chunk)); } });
  const w = Writable.fromWeb(web, { objectMode: true });
  w.write('one');
  w.end('two');
  await new Promise((resolve) => w.on('finish', resolve));
  log('seen', seen.join(','));
  const got = [];
  const node = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  const ws = Writable.toWeb(node);
  const writer = ws.getWriter();
  await writer.write('p');
  await writer.write('q');
  await writer.close();
  log('node got', got.join(','), node.writableFinished);
});

scenario('Duplex.fromWeb and toWeb', async () => {
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { objectMode: true });
  d.write('abc');
  d.end();
  log('duplex', show(await d.toArray()));
  const pair = Duplex.toWeb(new Duplex({ objectMode: true, read() {}, write(c, e, cb) { cb(); } }));
  log('pair', typeof pair.readable.getReader, typeof pair.writable.getWriter);
});

run();
