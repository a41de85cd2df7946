// Workers from URL objects: a file: URL (the script), a data: URL (an ES
// module, percent-encoded or base64; it can import node: built-ins).
const { Worker } = require('worker_threads');

function run(label, url, options) {
  return new Promise((resolve) => {
    const w = new Worker(url, options);
    w.on('message', (value) => console.log(label, 'message', value));
    w.on('error', (error) => console.log(label, 'error', error.message));
    w.on('exit', (code) => {
      console.log(label, 'exit', code);
      resolve();
    });
  });
}

const moduleSource = `
  import { parentPort, workerData } from 'node:worker_threads';
  const answer = await Promise.resolve(workerData * 2);
  parentPort.postMessage({ answer, text: 'caf\\u00e9 \\u2713' });
`;

(async () => {
  await run('file URL', new URL(`file://${__dirname}/worker_threads/report_data.js`),
            { workerData: 'via a file URL' });
  await run('data URL', new URL(
    `data:text/javascript,${encodeURIComponent(moduleSource)}`), { workerData: 4 });
  const base64 = Buffer.from(moduleSource).toString('base64');
  await run('base64 data URL', new URL(`data:text/javascript;base64,${base64}`),
            { workerData: 5 });
})();
