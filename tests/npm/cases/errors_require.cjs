// require() failures: a missing package, a missing file inside a package,
// a subpath a package's `exports` does not export, an unknown built-in,
// and an undefined `#import`. Prints the code and the first message line.
'use strict';
const base = __dirname.slice(0, __dirname.lastIndexOf('/') + 1);
const cases = [
  'no-such-package-isohost',
  '@no-such-scope/pkg',
  'lodash/no-such-file',
  'lodash/fp/no-such-file',
  './fixtures/no-such-file',
  'uuid/dist/index.js',
  'uuid/dist-node/index.js',
  'nanoid/index.browser.js',
  'zod/v3/index.cjs',
  'zod/src/index.ts',
  'chalk/source/vendor/ansi-styles/index.js',
  'date-fns/addDays.cjs',
  'js-yaml/dist/js-yaml.mjs',
  'diff/lib/',
  'node:no-such-builtin',
  '#no-such-import',
];
for (const specifier of cases) {
  try {
    require(specifier);
    console.log(`${specifier}: loaded`);
  } catch (error) {
    const line = String(error.message).split('\n')[0].split(base).join('<base>/');
    console.log(`${specifier}: ${error.code} | ${error.name} | ${line}`);
  }
}
// The error for a missing module lists who asked for it.
try {
  require('no-such-package-isohost');
} catch (error) {
  console.log(Array.isArray(error.requireStack),
              (error.requireStack || []).map((p) => p.split(base).join('<base>/')));
}
