// expect: error Cannot start a worker
// limits: max_workers=16 max_worker_depth=4 max_wall_ms=10000
// Every worker starts two more of itself; past the limits `new Worker`
// throws ERR_WORKER_LIMIT, which ends the tree with an error.
for (let i = 0; i < 2; i++) {
  const child = new Worker('./worker_bomb.js');
  child.onerror = (event) => { throw event.error; };
}
setInterval(() => {}, 1000);
