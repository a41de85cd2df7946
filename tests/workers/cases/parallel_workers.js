// Eight workers compute at once; main prints the results in index order once
// all eight have exited (the order they finish in does not matter).
const N = 8;
const results = new Array(N);
const codes = new Array(N);
let exited = 0;
for (let i = 0; i < N; i++) {
  const w = new Worker('workers/parallel_worker.js', { workerData: i });
  w.onmessage = (e) => { results[i] = e.data; };
  w.addEventListener('exit', (e) => {
    codes[i] = e.code;
    if (++exited === N) {
      for (let j = 0; j < N; j++) console.log(j, JSON.stringify(results[j]), 'exit', codes[j]);
    }
  });
}
