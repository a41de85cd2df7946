// Awaiting timer-based promises in sequence and in parallel.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  console.log('start');
  console.log(await sleep(5, 'a'));
  console.log(await sleep(1, 'b'));
  const vs = await Promise.all([sleep(24, 'x'), sleep(4, 'y'), sleep(12, 'z')]);
  console.log(vs.join(' '));
  const order = [];
  await Promise.all([
    sleep(24).then(() => order.push(24)),
    sleep(4).then(() => order.push(4)),
    sleep(12).then(() => order.push(12)),
  ]);
  console.log(order);
  console.log('end');
})();
