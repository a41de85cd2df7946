// CommonJS named-export detection on the forms compilers emit, as Node's
// cjs-module-lexer reads them: exports.x / exports['x'] / defineProperty,
// object literals (shorthand, `key: identifier`, and where the scan stops:
// `key: a.b`), module.exports = require() re-exports, TypeScript's
// __exportStar, esbuild's `0 && (module.exports = {...})` annotation,
// Babel's Object.keys(...).forEach re-export, __esModule defaults.
const forms = ['plain', 'literal', 'typescript', 'esbuild', 'reexport', 'babel'];
for (const form of forms) {
  const ns = await import(`./fixtures/lexer/${form}.cjs`);
  const entries = Object.keys(ns).map((k) => `${k}=${k === 'default' ? typeof ns[k] : JSON.stringify(ns[k])}`);
  console.log(form, entries.join(' '));
}
