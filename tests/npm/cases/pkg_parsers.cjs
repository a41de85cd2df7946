// Parsers through require(): json5 (CommonJS), acorn (dual; require picks
// dist/acorn.js) parsing modern syntax to an AST, and a small walk.
'use strict';
const JSON5 = require('json5');
const acorn = require('acorn');
const j5 = `// comment
{ unquoted: 'single', trailing: [1, 2,], hex: 0xFF, inf: Infinity, nan: NaN, plus: +1, dot: .5, 'multi': 'line\\
continued', /* block */ nested: { "k": null }, }`;
const value = JSON5.parse(j5);
console.log(JSON.stringify(value, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
console.log(JSON5.stringify({ a: 1, 'b-c': [Infinity, NaN, -0], d: "it's \"q\"", e: { f: undefined } }), JSON5.stringify([1, { a: 2 }], null, 2));
console.log(JSON5.stringify({ a: 'x' }, { quote: '"', space: '\t' }), JSON5.parse('[1, 2]', (k, v) => (typeof v === 'number' ? v * 10 : v)).join(','));
try { JSON5.parse('{a: }'); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.columnNumber); }
const src = `import x, { y as z } from 'mod';
export const f = async (a = 1, ...rest) => { for await (const v of rest) yield* v; };
class C extends B { #p = 1; static { this.s = 2; } get g() { return this.#p ?? 0; } }
label: for (let i = 0n; i < 10n; i++) { if (i?.x) continue label; }
const t = tag\`a\${1}b\`, r = /(?<name>x)/dgsu, o = { ...p, [k]: 1, m() {} };
export default function* gen() { yield import.meta.url; }
a ||= b; c &&= d; e ??= f; 1_000_000;`;
let error;
try { acorn.parse(src, { ecmaVersion: 2022, sourceType: 'module' }); } catch (e) { error = e; }
console.log('generator arrow error:', error && error.message, error && JSON.stringify(error.loc));
const ast = acorn.parse(src.replace('yield* v', 'void v'), { ecmaVersion: 'latest', sourceType: 'module', locations: true });
console.log(ast.body.map((n) => `${n.type}@${n.loc.start.line}:${n.loc.start.column}`).join(' '));
const counts = {};
(function walk(node) {
  if (!node || typeof node.type !== 'string') return;
  counts[node.type] = (counts[node.type] || 0) + 1;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach(walk); else if (child && typeof child === 'object') walk(child);
  }
})(ast);
console.log(JSON.stringify(Object.keys(counts).sort().map((k) => [k, counts[k]])));
const tokens = [...acorn.tokenizer('let a = 1 + "s" // c', { ecmaVersion: 2020 })].map((t) => `${t.type.label}:${t.value === undefined ? '' : t.value}`);
console.log(tokens.join(' '), acorn.version);
const comments = [];
acorn.parse('/* a */ x; // b', { ecmaVersion: 2020, onComment: comments });
console.log(JSON.stringify(comments.map((c) => [c.type, c.value, c.start, c.end])));
