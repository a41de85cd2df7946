// HTML: a transfer list entry that is an object but not transferable (a plain
// object, a SharedArrayBuffer) throws DataCloneError, as does a MessagePort
// inside the message that is missing from the transfer list; a non-object
// entry fails WebIDL's sequence<object> conversion with a TypeError. Node
// throws TypeError for all four: see spec_overrides.txt.
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();
for (const [label, f] of [
  ['plain object in transfer list', () => port1.postMessage(1, [{}])],
  ['SharedArrayBuffer in transfer list', () => port1.postMessage(1, [new SharedArrayBuffer(4)])],
  ['MessagePort in message, not in transfer list', () => port1.postMessage({ p: other.port1 })],
  ['number in transfer list', () => port1.postMessage(1, [1])],
]) {
  try {
    f();
    console.log(label + ': no throw');
  } catch (e) {
    console.log(label + ':', e.name);
  }
}
port2.onmessage = (e) => {
  console.log('port2 got', e.data);
  port1.close();
  port2.close();
  other.port1.close();
};
port1.postMessage('still works');
