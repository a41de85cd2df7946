// js-yaml 4 (dual; require picks index.js): load/dump, schemas,
// multi-document streams, custom types, errors with marks.
'use strict';
const yaml = require('js-yaml');
const doc = yaml.load(`
anchors:
  base: &base { a: 1, b: [x, y] }
  derived:
    <<: *base
    c: 3
numbers: [0x1F, 0o17, 1_000, .5, -.inf, .NaN, 1e3]
strings:
  plain: hello world
  quoted: "tab\\tnew\\nline \\u263A"
  single: 'it''s'
  folded: >
    one
    two
  literal: |
    keep
      indent
bools: [true, false, yes, no, ~, null]
date: 2001-12-14t21:59:43.10-05:00
binary: !!binary aGVsbG8=
set: !!set { a, b }
`);
console.log(JSON.stringify(doc, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
console.log(doc.date instanceof Date, doc.date.toISOString(), doc.binary.constructor.name, Array.from(doc.binary).join(','));
console.log(yaml.dump({ a: 1, list: [1, 'two', { three: 3 }], nested: { s: 'multi\nline', e: '', q: 'yes', n: null, d: new Date(0) } }));
console.log(yaml.dump({ z: 1, a: 2, m: { y: 1, b: 2 } }, { sortKeys: true, flowLevel: 1, indent: 4 }));
const all = [];
yaml.loadAll('---\na: 1\n---\n- x\n...\n---\n"s"\n', (d) => all.push(d));
console.log(JSON.stringify(all));
const Point = new yaml.Type('!point', { kind: 'sequence', construct: ([x, y]) => ({ x, y }), instanceOf: Object, represent: (p) => [p.x, p.y] });
const schema = yaml.DEFAULT_SCHEMA.extend([Point]);
console.log(JSON.stringify(yaml.load('p: !point [1, 2]', { schema })));
console.log(JSON.stringify(yaml.load('a: 010\nb: yes', { schema: yaml.FAILSAFE_SCHEMA })), JSON.stringify(yaml.load('a: 1.0', { schema: yaml.JSON_SCHEMA })));
for (const bad of ['a: [1, 2', 'a: 1\na: 2', '- a\nb: c', 'x: !unknown 1']) {
  try {
    yaml.load(bad);
  } catch (error) {
    console.log(error.name, JSON.stringify(error.reason), error.mark && error.mark.line, error.mark && error.mark.column);
    console.log(error.message);
  }
}
