// A worker spawns a worker of its own (path relative to the outer worker's
// file, not to the cwd) and relays its messages to main.
const w = new Worker('workers/nested_outer.js');
w.onmessage = (e) => console.log('main got', JSON.stringify(e.data));
w.addEventListener('exit', (e) => console.log('outer exit', e.code));
