// ES modules on both sides: the main module imports Worker from
// node:worker_threads, the worker is an .mjs module (top-level await,
// import.meta.url), started by its path relative to the working directory.
import { Worker, isMainThread, threadId } from 'node:worker_threads';

console.log('main', isMainThread, threadId);
const w = new Worker('./worker_threads/module_worker.mjs', {
  workerData: { n: 21 },
});
w.on('message', (message) => {
  console.log('message', message);
  if (typeof message === 'object') w.postMessage('hello');
});
w.on('error', (error) => console.log('error', error.message));
w.on('exit', (code) => console.log('exit', code));
