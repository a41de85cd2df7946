// Which file require() picks for packages whose `exports` map has
// conditions ("require" vs "import", "node" vs "default", arrays,
// patterns), subpath exports, and packages without `exports` (main,
// directory index, explicit files, trailing-slash specifiers).
'use strict';
const base = __dirname.slice(0, __dirname.lastIndexOf('/') + 1);
const rel = (p) => (p.startsWith(base) ? p.slice(base.length) : p);
const specifiers = [
  // conditions
  'mustache', 'js-yaml', 'zod', 'immer', 'eventemitter3', 'mitt', 'acorn',
  'pako', 'diff', 'lru-cache', 'clsx', 'fast-xml-parser', 'date-fns',
  'uuid', 'yaml', 'nanoid', 'marked', 'rxjs', 'superstruct',
  // subpath exports
  'date-fns/addDays', 'date-fns/locale/fr', 'zod/mini', 'zod/v3',
  'js-yaml/browser', 'pako/browser', 'yaml/util', 'clsx/lite',
  'classnames/bind', 'classnames/dedupe.js', 'nanoid/non-secure',
  'diff/lib/index.js', 'diff/lib/patch/apply.js', 'mustache/mustache.min.js',
  'rxjs/operators', 'lru-cache/raw', 'zod/package.json', 'uuid/package.json',
  // no exports: main, index.js, files, folders, trailing slashes
  'lodash', 'lodash/fp', 'lodash/chunk', 'lodash/chunk.js', 'lodash/fp/map',
  'semver', 'semver/functions/satisfies', 'semver/classes', 'mime-db',
  'mime-db/db.json', 'statuses/codes.json', 'punycode', 'punycode/',
  'events/', 'buffer/', 'string_decoder/', 'safe-buffer', 'inherits',
  'he', 'handlebars', 'handlebars/runtime', 'dayjs', 'dayjs/plugin/utc',
  'validator/lib/isEmail', 'json5', 'ms', 'qs', 'ajv', 'ajv/dist/2020',
  'readable-stream', 'whatwg-url', 'bn.js', 'xml2js', 'sax', 'debug',
  '@sindresorhus/slugify', 'fast-deep-equal/es6', 'fast-deep-equal/es6/index.js',
  // built-ins
  'events', 'node:events', 'buffer', 'fs', 'node:fs', 'util',
];
for (const s of specifiers) {
  let out;
  try {
    out = rel(require.resolve(s));
  } catch (error) {
    out = `throws ${error.code}`;
  }
  console.log(`${s.padEnd(32)} ${out}`);
}
