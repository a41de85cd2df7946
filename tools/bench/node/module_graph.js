// tools/bench/node/module_graph: writes the "modules" scenario's package
// graph (Node; also used by compare.js for the isohost flavour in run mode):
// 20 packages (node_modules/pkg-NN, "type": "module", "exports" with a
// subpath pattern) of 10 modules each, and app/entry.mjs importing all 20:
// 201 modules. The same graph as WriteModuleGraph() in
// tools/bench_command.cc, which `isohost bench modules` uses.
'use strict';
const fs = require('fs');
const path = require('path');

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

module.exports = { writeGraph };
