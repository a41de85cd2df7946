// The require() API itself, as packages use it: require.resolve with
// `paths`, require.resolve.paths, require.cache (deleting an entry
// re-runs the module), folders with index.js or a package.json "main"
// without extension, module.createRequire, the module wrapper's
// variables, module.require, require.extensions/require.main.
'use strict';
const base = __dirname.slice(0, __dirname.lastIndexOf('/') + 1);
const rel = (p) => (typeof p === 'string' && p.startsWith(base) ? p.slice(base.length) : p);
console.log(rel(require.resolve('./fixtures/dir_index')), require('./fixtures/dir_index'));
console.log(rel(require.resolve('./fixtures/dir_main')), JSON.stringify(require('./fixtures/dir_main')));
console.log(rel(require.resolve('semver', { paths: [base] })), rel(require.resolve('./package.json', { paths: [base] })));
const lookup = require.resolve.paths('lodash');
// Only the entries inside the corpus: Node goes on to every parent folder
// and its global folders (~/.node_modules, ...), which a jail does not have.
console.log(lookup.filter((p) => p.startsWith(base)).map(rel), require.resolve.paths('fs'), rel(require.resolve.paths('./x')[0]));
const counterPath = require.resolve('./fixtures/counter.js');
require('./fixtures/counter.js');
require('./fixtures/counter.js');
console.log('loads after two requires', globalThis.__npmCorpusLoads);
delete require.cache[counterPath];
console.log('fresh module', require('./fixtures/counter.js').count, 'loads', globalThis.__npmCorpusLoads);
const { createRequire, builtinModules, isBuiltin } = require('module');
const fromLodash = createRequire(require.resolve('lodash'));
console.log(rel(fromLodash.resolve('./fp')), typeof fromLodash('./chunk'), fromLodash('lodash') === require('lodash'));
const fromUrl = createRequire(`file://${base}node_modules/semver/`);
console.log(rel(fromUrl.resolve('./functions/valid.js')), isBuiltin('node:fs'), isBuiltin('lodash'), builtinModules.includes('events'));
console.log(typeof exports, exports === module.exports, rel(__filename), rel(__dirname + '/'), typeof module.require, module.require('ms')(60000));
console.log(typeof require.extensions, Object.keys(require.extensions).join(','), require.main === module, module.parent, module.loaded);
console.log(JSON.stringify(module.children.slice(0, 3).map((m) => rel(m.id))), rel(module.filename), this === module.exports);
setTimeout(() => console.log('loaded later', module.loaded), 0);
