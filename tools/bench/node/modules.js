// Benchmark scenario "modules" (Node.js worker_threads).
// How long a fresh worker takes to `await import()` a package graph of 201
// ES modules; the same graph as the isohost flavour (written here into a
// temporary folder, as tools/bench_command.cc's WriteModuleGraph() does for
// isohost), timed inside the worker. Each sample is a new worker; one
// warm-up first.
// Output: one JSON line on stdout; '#progress F' lines on stderr.
'use strict';
const { Worker } = require('worker_threads');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const { setup } = require('./common.js');
const { TINY, progress, percentile, metric, report } = setup('modules');

const PACKAGES = 20;
const LIB_MODULES = 9;

function writeGraph(root) {
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  const pad = (n) => (n < 10 ? `0${n}` : `${n}`);
  write(path.join(root, 'package.json'), '{ "name": "graph-app" }\n');
  let entry = '';
  for (let p = 0; p < PACKAGES; p++) {
    const name = `pkg-${pad(p)}`;
    const nextName = `pkg-${pad((p + 1) % PACKAGES)}`;
    const pkg = path.join(root, 'node_modules', name);
    write(path.join(pkg, 'package.json'),
          `{ "name": "${name}", "type": "module", "exports": { ".": "./index.js", "./lib/*": "./lib/*.js" } }\n`);
    let index = '';
    for (let m = 1; m <= LIB_MODULES; m++) {
      let lib = m > 1 ? `import { value as prev } from './m${m - 1}.js';\n` : 'const prev = 0;\n';
      lib += `export const value = prev + ${m};\n`;
      write(path.join(pkg, 'lib', `m${m}.js`), lib);
      index += `import { value as v${m} } from './lib/m${m}.js';\n`;
    }
    index += `import { value as other } from '${nextName}/lib/m1';\nexport const value = v${LIB_MODULES} + other;\n`;
    write(path.join(pkg, 'index.js'), index);
    entry += `import { value as p${p} } from '${name}';\n`;
  }
  entry += `export const total = 0${Array.from({ length: PACKAGES }, (_, p) => ` + p${p}`).join('')};\n`;
  write(path.join(root, 'app', 'entry.mjs'), entry);
  return path.join(root, 'app', 'entry.mjs');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isohost-node-modules-'));
const entry = pathToFileURL(writeGraph(path.join(dir, 'graph'))).href;
const N = TINY ? 2 : 20;
const WARMUP = 1;
const samples = [];
let total;
let i = 0;

function next() {
  if (i === WARMUP + N) {
    fs.rmSync(dir, { recursive: true, force: true });
    samples.sort((a, b) => a - b);
    report([
      metric('import_201_modules_p50', 'ms', percentile(samples, 50), 'lower'),
      metric('import_201_modules_p90', 'ms', percentile(samples, 90), 'lower'),
    ]);
    return;
  }
  const w = new Worker(path.join(__dirname, 'modules_worker.mjs'), { workerData: entry });
  w.once('message', (data) => {
    if (i >= WARMUP) samples.push(data.ms);
    if (total !== undefined && total !== data.total) throw new Error('graph result changed');
    total = data.total;
    i++;
    progress(i / (WARMUP + N));
    w.terminate().then(next);
  });
}
next();
