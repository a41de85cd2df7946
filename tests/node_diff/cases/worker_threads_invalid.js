// What the Worker constructor and friends throw synchronously for bad
// arguments (Node's codes and messages); no worker starts.
const { Worker, MessageChannel, markAsUntransferable } = require('worker_threads');
const script = __dirname + '/worker_threads/echo.js';

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

attempt('bare name', () => new Worker('echo.js'));
attempt('file: string', () => new Worker('file:///tmp/x.js'));
attempt('data: string', () => new Worker('data:text/javascript,1'));
attempt('number', () => new Worker(42));
attempt('object', () => new Worker({}));
attempt('no filename', () => new Worker());
// URL-like objects (Node tests for href and protocol, not the class).
attempt('http URL', () => new Worker({ href: 'http://example.com/w.js',
                                       protocol: 'http:' }));
attempt('eval of non-string', () => new Worker({ href: 'file:///x.js',
                                                 protocol: 'file:' },
                                               { eval: true }));
attempt('argv', () => new Worker(script, { argv: 'a b' }));
attempt('execArgv', () => new Worker(script, { execArgv: 'x' }));
attempt('env', () => new Worker(script, { env: 5 }));
attempt('name', () => new Worker(script, { name: 5 }));
attempt('uncloneable workerData', () => new Worker(script, { workerData: Symbol('s') }));

const w = new Worker(script);
attempt('postMessage without args', () => w.postMessage());
attempt('postMessage of a function', () => w.postMessage(() => 1));
const { port1, port2 } = new MessageChannel();
attempt('port postMessage without args', () => port1.postMessage());

// A buffer marked untransferable is copied, not moved, even when listed.
const buffer = new ArrayBuffer(8);
markAsUntransferable(buffer);
console.log('markAsUntransferable returns', markAsUntransferable(buffer),
            markAsUntransferable(1));
port1.postMessage(buffer, [buffer]);
console.log('marked buffer still usable', buffer.byteLength);
const plain = new ArrayBuffer(8);
port1.postMessage(plain, [plain]);
console.log('plain buffer moved', plain.byteLength);
port1.close();
w.postMessage('stop');
w.on('exit', (code) => console.log('exit', code));
