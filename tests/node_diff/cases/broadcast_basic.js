// BroadcastChannel in one runtime: the API's shape and errors, who hears a
// post (every other open channel of the name that existed when it was
// posted), each receiver's own copy of the value, and close() and unref().
// Each receiver's log is printed on its own: HTML and Node interleave
// several receivers' deliveries differently.
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
show('no name', () => new BroadcastChannel());
show('name', () => {
  const channel = new BroadcastChannel({ toString: () => 'object' });
  channel.close();
  return [channel.name, typeof channel.name, channel.onmessage];
});
show('length', () => [BroadcastChannel.length, BroadcastChannel.name]);
show('prototype', () => Object.getOwnPropertyNames(BroadcastChannel.prototype));
show('inherits', () => Object.getPrototypeOf(BroadcastChannel.prototype) ===
  EventTarget.prototype);
for (const method of ['close', 'postMessage', 'ref', 'unref']) {
  show(`${method} on {}`, () => BroadcastChannel.prototype[method].call({}, 1));
}
show('name on {}', () => Object.getOwnPropertyDescriptor(
  BroadcastChannel.prototype, 'name').get.call({}));

const a = new BroadcastChannel('basic');
const b = new BroadcastChannel('basic');
const c = new BroadcastChannel('basic');
const other = new BroadcastChannel('other');
console.log(a, [b], { x: { y: { z: c } } });
show('ref/unref return this', () => [a.unref() === a, a.ref() === a]);
show('no message', () => a.postMessage());
show('function', () => a.postMessage(() => 1));
show('symbol', () => a.postMessage(Symbol('s')));

const logs = { a: [], b: [], c: [], late: [], other: [] };
// Phase 1 ends when every receiver has every other sender's 'end'.
const ends = { a: 0, b: 0, c: 0, late: 0, other: 0 };
const endsWanted = { a: 2, b: 3, c: 2, late: 2, other: 0 };
let phase2Ends = 0;
const shared = { value: { nested: [1, 2, 3] } };
function listen(name, channel) {
  channel.addEventListener('message', (event) => {
    const { data } = event;
    logs[name].push(
      `${event.type} ${event.constructor.name} ${event.target === channel} ` +
      `${JSON.stringify(event.origin)} ${event.source} ${event.ports.length} ` +
      `${typeof data === 'object' && data !== null ? JSON.stringify(data) : String(data)}`);
    if (data && data.nested) {
      logs[name].push(`copy ${data !== shared.value} ${data.nested.join()}`);
      data.nested.push(name);  // another receiver's copy must not see it
    }
    if (data instanceof SharedArrayBuffer) {
      logs[name].push(`shared ${new Int32Array(data)[0]}`);
    }
    if (data === 'close b' && channel === b) {
      b.close();
      if (++phase2Ends === 3) queueMicrotask(finish);
    }
    if (data === 'end') {
      ends[name] += 1;
      if (Object.keys(ends).every((key) => ends[key] === endsWanted[key])) {
        phase2();
      }
    }
    if (data === 'end2' && ++phase2Ends === 3) queueMicrotask(finish);
  });
}
listen('a', a);
listen('b', b);
b.onmessage = (event) => logs.b.push(`onmessage ${typeof event.data}`);
listen('c', c);
listen('other', other);
a.postMessage(1);
a.postMessage('two');
a.postMessage(shared.value);
a.postMessage(new Map([[1, { d: new Date(0) }]]));
a.postMessage(new Uint16Array([1, 2, 3]));
const late = new BroadcastChannel('basic');  // after the posts above
listen('late', late);
const sab = new SharedArrayBuffer(4);
new Int32Array(sab)[0] = 42;
c.postMessage(sab);
a.postMessage('end');
c.postMessage('end');
late.postMessage('end');

// b closes itself on 'close b': what c posts after that never reaches it.
function phase2() {
  c.postMessage('close b');
  c.postMessage('after close');
  c.postMessage('end2');
}

function finish() {
  for (const [name, log] of Object.entries(logs)) {
    console.log(`-- ${name}`);
    for (const line of log) console.log(line);
  }
  for (const channel of [a, b, c, late, other]) channel.close();
  show('closed post', () => a.postMessage(1));
  show('close twice', () => a.close());
  console.log(a, b.ref() === b);
  // An unref'd open channel does not keep the runtime alive.
  new BroadcastChannel('basic').unref();
}
