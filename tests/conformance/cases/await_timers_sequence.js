// Awaiting timer-based promises in sequence and in parallel.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  console.log('start');
  console.log(await sleep(5, 'a'));
  console.log(await sleep(1, 'b'));
  const vs = await Promise.all([sleep(8, 'x'), sleep(2, 'y'), sleep(4, 'z')]);
  console.log(vs.join(' '));
  const order = [];
  await Promise.all([
    sleep(8).then(() => order.push(8)),
    sleep(2).then(() => order.push(2)),
    sleep(4).then(() => order.push(4)),
  ]);
  console.log(order);
  console.log('end');
})();
