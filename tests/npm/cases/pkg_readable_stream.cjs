// readable-stream 4 (Node's streams as a package; needs the built-in
// 'stream', 'buffer', 'events', string_decoder and the "process" and
// "abort-controller" packages): Readable.from, pipeline through a
// Transform, objectMode, backpressure with highWaterMark, destroy.
'use strict';
const { Readable, Writable, Transform, PassThrough, pipeline, finished, Duplex } = require('readable-stream');
const log = [];
const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { this.push('!'); cb(); },
});
const chunks = [];
const sink = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); },
});
pipeline(Readable.from(['a', 'b', 'c']), upper, sink, (err) => {
  log.push(`pipeline done ${err} ${chunks.join('')}`);
  const objects = [];
  const objStream = new Readable({ objectMode: true, read() {} });
  objStream.on('data', (o) => objects.push(o.n));
  objStream.on('end', () => {
    log.push(`objects ${objects.join(',')}`);
    const pass = new PassThrough();
    let text = '';
    pass.setEncoding('utf8');
    pass.on('data', (d) => { text += d; });
    finished(pass, (e) => {
      log.push(`passthrough ${JSON.stringify(text)} ${e}`);
      const broken = new Readable({ read() { this.destroy(new Error('broke')); } });
      broken.on('error', (e2) => {
        log.push(`error ${e2.message} destroyed=${broken.destroyed}`);
        const d = Duplex.from({ readable: Readable.from(['r']), writable: new Writable({ write(c, e3, cb) { cb(); } }) });
        d.on('data', (x) => log.push(`duplex ${x}`));
        d.on('end', () => { log.push('duplex end'); console.log(log.join('\n')); });
      });
      broken.resume();
    });
    pass.write(Buffer.from([0xe2, 0x82]));
    pass.end(Buffer.from([0xac, 0x41]));
  });
  objStream.push({ n: 1 }); objStream.push({ n: 2 }); objStream.push(null);
});
console.log('sync part done', typeof Readable.prototype.pipe, new Readable().readableHighWaterMark);
