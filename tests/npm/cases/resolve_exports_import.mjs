// Which file import picks (import.meta.resolve) for the same packages as
// resolve_exports_require.cjs: the "import" condition, "node"/"default",
// subpath patterns, and the ESM resolver's rules for packages without
// `exports` (no extension guessing, no directory index).
const base = import.meta.url.slice(0, import.meta.url.lastIndexOf('/cases/') + 1);
const rel = (u) => (u.startsWith(base) ? u.slice(base.length) : u);
const specifiers = [
  'mustache', 'js-yaml', 'zod', 'immer', 'eventemitter3', 'mitt', 'acorn',
  'pako', 'diff', 'lru-cache', 'clsx', 'fast-xml-parser', 'date-fns',
  'uuid', 'yaml', 'nanoid', 'marked', 'rxjs', 'superstruct', 'chalk',
  'p-limit', 'query-string', 'htmlparser2', 'lodash-es',
  'date-fns/addDays', 'date-fns/locale/fr', 'zod/mini', 'js-yaml/browser',
  'pako/browser', 'yaml/util', 'clsx/lite', 'classnames/bind',
  'nanoid/non-secure', 'diff/lib/index.js', 'diff/lib/', 'rxjs/operators',
  'lru-cache/raw', 'zod/package.json',
  'lodash', 'lodash/fp.js', 'lodash/chunk.js', 'lodash-es/chunk.js',
  'semver', 'semver/functions/satisfies.js', 'mime-db', 'mime-db/db.json',
  'punycode/', 'events/', 'buffer/', 'string_decoder/', 'safe-buffer',
  'he', 'handlebars', 'dayjs', 'dayjs/plugin/utc.js', 'json5', 'qs',
  'ajv', 'whatwg-url', 'bn.js', 'sax', 'debug', '@sindresorhus/slugify',
  'fast-deep-equal/es6/index.js', 'events', 'node:events', 'fs', 'punycode',
  // ESM-specific failures
  'lodash/chunk', 'lodash-es/chunk', 'semver/classes', 'lodash-es/',
  'zod/no/such/path', 'uuid/dist/index.js', 'no-such-package-isohost',
  '#no-such-import', 'node:no-such-builtin',
];
for (const s of specifiers) {
  let out;
  try {
    out = rel(import.meta.resolve(s));
  } catch (error) {
    out = `throws ${error.code}`;
  }
  console.log(`${s.padEnd(32)} ${out}`);
}
