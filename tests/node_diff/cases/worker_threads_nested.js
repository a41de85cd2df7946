// Workers that start workers: every level is a worker (isMainThread false)
// with a threadId of its own, larger than its parent's (they are handed out
// in order of creation); messages relay up the chain; each level's 'exit'
// comes after all its child's messages.
const { Worker, threadId } = require('worker_threads');
const depth = 4;
const w = new Worker(__dirname + '/worker_threads/nested.js', {
  workerData: { level: 1, depth },
});
const ids = { 0: threadId };
const spawned = {};
const lines = [];
w.on('message', (report) => {
  if ('threadId' in report) {
    ids[report.level] = report.threadId;
    lines.push(`level ${report.level} isMainThread ${report.isMainThread}`);
  } else if ('spawnedChildThreadId' in report) {
    spawned[report.level + 1] = report.spawnedChildThreadId;
  } else if ('childOnline' in report) {
    lines.push(`level ${report.level} saw its child online`);
  } else {
    lines.push(`level ${report.level} child exit ${report.childExit} ` +
               `threadId then ${report.childThreadId}`);
  }
});
w.on('exit', (code) => {
  console.log(lines.sort().join('\n'));
  console.log('top exit', code, 'main threadId', ids[0]);
  for (let level = 1; level <= depth; level++) {
    console.log(`level ${level} threadId > parent's`, ids[level] > ids[level - 1],
                'matches what its parent saw',
                level === 1 || spawned[level] === ids[level]);
  }
});
console.log('first worker threadId > 0', w.threadId > 0);
