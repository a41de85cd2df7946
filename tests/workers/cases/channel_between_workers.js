// The two ends of a MessageChannel go to two workers, which then talk to each
// other directly (three ping/pong rounds); worker A reports the log to main.
// Both workers exit 0 once their port is closed and they stop listening.
const { port1, port2 } = new MessageChannel();
const a = new Worker('workers/channel_ping.js');
const b = new Worker('workers/channel_pong.js');
a.postMessage({ port: port1 }, [port1]);
b.postMessage({ port: port2 }, [port2]);
a.onmessage = (e) => console.log('a reports', JSON.stringify(e.data));
const codes = {};
function exited(who, code) {
  codes[who] = code;
  if ('a' in codes && 'b' in codes) console.log('exit codes: a', codes.a, 'b', codes.b);
}
a.addEventListener('exit', (e) => exited('a', e.code));
b.addEventListener('exit', (e) => exited('b', e.code));
