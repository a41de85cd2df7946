// Two async functions interleave at each await.
async function worker(name, steps) {
  for (let i = 1; i <= steps; i++) {
    console.log(name, i);
    await null;
  }
  console.log(name, 'done');
}
worker('A', 3);
worker('B', 2);
process.nextTick(() => console.log('nextTick runs before first resumption'));
console.log('sync');
