'use strict';
// Runs tests/inspect/host_program.js under Node and under the isohost binary
// (V8 10.2 + isolate/js/inspect.js) and compares the two outputs line by
// line, ignoring error stack frames ("    at ..." lines, which name different
// call sites) and "... N lines matching cause stack trace ..." notes.
//
//   node tests/inspect/host_vs_node_test.js [path/to/isohost] [count]
//
// The binary defaults to $ISOHOST or bazel-bin/tools/isohost; if it does not
// exist the test prints SKIP and exits 0. Exit code 1 on any difference.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..', '..');
const program = path.join(__dirname, 'host_program.js');
const binary = path.resolve(process.argv[2] || process.env.ISOHOST ||
  path.join(root, 'bazel-bin', 'tools', 'isohost'));
const count = process.argv[3] || '300';

if (!fs.existsSync(binary)) {
  console.log(`SKIP: no isohost binary at ${binary} (build //tools:isohost first)`);
  process.exit(0);
}

function run(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (res.status !== 0) {
    console.log(`${cmd} exited with ${res.status}: ${res.stderr}`);
    process.exit(1);
  }
  return res.stdout.split('\n').filter((line) => !/^\s+at |lines matching cause stack trace/.test(line));
}

const expected = run(process.execPath, [program, count]);
const actual = run(binary, [program, count]);
let differences = 0;
for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
  if (expected[i] === actual[i]) continue;
  if (differences++ < 10) {
    console.log(`line ${i + 1}:`);
    console.log(`  node:    ${JSON.stringify(expected[i])}`);
    console.log(`  isohost: ${JSON.stringify(actual[i])}`);
  }
}
console.log(`${expected.length} lines compared, ${differences} differ`);
process.exit(differences === 0 ? 0 : 1);
