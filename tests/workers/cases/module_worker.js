// A module worker (type: 'module') can use static imports relative to its
// own file; its top-level code runs as a module (strict, `this` undefined).
const w = new Worker('workers/module_worker.mjs', { type: 'module', name: 'mod' });
w.onmessage = (e) => {
  console.log('main got', JSON.stringify(e.data));
  w.postMessage('bye');
};
w.addEventListener('exit', (e) => console.log('exit', e.code));
