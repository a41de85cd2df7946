// import() failures: ERR_MODULE_NOT_FOUND for a missing package or file
// (ESM guesses no extension and no index.js), ERR_UNSUPPORTED_DIR_IMPORT,
// ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_PACKAGE_IMPORT_NOT_DEFINED, and a
// named import a CommonJS module does not provide (SyntaxError at link).
// String operations only, so that this case needs no URL built-in.
const baseUrl = import.meta.url.slice(0, import.meta.url.lastIndexOf('/cases/') + 1);
const basePath = decodeURIComponent(baseUrl.slice('file://'.length));
const strip = (s) => s.split(baseUrl).join('<base>/').split(basePath).join('<base>/');
const cases = [
  'no-such-package-isohost',
  '@no-such-scope/pkg',
  'lodash-es/chunk',
  'lodash-es/no-such-file.js',
  'lodash/chunk',
  'lodash-es/',
  'semver/classes',
  './fixtures/no-such-file.mjs',
  './fixtures',
  'uuid/dist/index.js',
  'zod/v3/index.cjs',
  'nanoid/index.browser.js',
  'date-fns/addDays.js',
  '#no-such-import',
  'node:no-such-builtin',
  './fixtures/missing_named_export.mjs',
  './fixtures/missing_named_export_esm.mjs',
];
for (const specifier of cases) {
  try {
    const ns = await import(specifier);
    console.log(`${specifier}: loaded, ${Object.keys(ns).length} exports`);
  } catch (error) {
    const line = strip(String(error.message).split('\n')[0]);
    console.log(`${specifier}: ${error.code} | ${error.name} | ${line}`);
  }
}
