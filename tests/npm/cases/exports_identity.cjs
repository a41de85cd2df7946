// Dual packages: require() and import() of the same specifier pick
// different files when `exports` has "require"/"import" conditions (two
// module instances: the dual-package hazard), and the same instance when
// the ESM entry only wraps the CommonJS file (eventemitter3) or there is
// one file for both (lodash, rxjs through "node").
'use strict';
const pick = (ns, name) => (name === 'default' ? ns.default : ns[name]);
const table = [
  ['mustache', 'default', (m) => m],
  ['eventemitter3', 'default', (m) => m],
  ['zod', 'z', (m) => m.z],
  ['immer', 'produce', (m) => m.produce],
  ['date-fns', 'addDays', (m) => m.addDays],
  ['date-fns/addDays', 'addDays', (m) => m.addDays],
  ['js-yaml', 'load', (m) => m.load],
  ['clsx', 'clsx', (m) => m.clsx],
  ['pako', 'inflate', (m) => m.inflate],
  ['acorn', 'parse', (m) => m.parse],
  ['diff', 'diffChars', (m) => m.diffChars],
  ['lru-cache', 'LRUCache', (m) => m.LRUCache],
  ['fast-xml-parser', 'XMLParser', (m) => m.XMLParser],
  ['mitt', 'default', (m) => m],
  ['superstruct', 'string', (m) => m.string],
  ['lodash', 'default', (m) => m],
  ['rxjs', 'of', (m) => m.of],
  ['semver', 'valid', (m) => m.valid],
  ['nanoid', 'nanoid', (m) => m.nanoid],
];
(async () => {
  for (const [specifier, name, fromRequire] of table) {
    const required = fromRequire(require(specifier));
    const imported = pick(await import(specifier), name);
    console.log(specifier.padEnd(18), name.padEnd(10), typeof required, typeof imported,
                required === imported ? 'same' : 'different');
  }
  // Each side keeps its own instance state.
  const Mustache = require('mustache');
  const MustacheEsm = (await import('mustache')).default;
  Mustache.tags = ['<%', '%>'];
  console.log(Mustache.render('<%x%>', { x: 1 }), MustacheEsm.render('{{x}}', { x: 2 }));
})();
