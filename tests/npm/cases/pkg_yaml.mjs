// yaml 2 (CommonJS with a "node" condition; imported from ESM, so named
// exports come from CommonJS detection): documents, CST, comments kept,
// custom tags, errors and warnings, stringify options.
import YAML, { parse, stringify, parseDocument, parseAllDocuments, isMap, Document, visit, LineCounter } from 'yaml';
const src = `# top comment
key: value   # trailing
list:
  - 1
  - two
  - { a: b }
anchor: &x { n: 1 }
ref: *x
multi: |
  line1
  line2
date: 2001-12-14
`;
console.log(YAML.parse === parse, JSON.stringify(parse(src)));
const doc = parseDocument(src);
doc.set('added', [1, 2]);
doc.get('list').items[1].comment = ' note';
console.log(isMap(doc.contents), doc.errors.length, String(doc));
const keys = [];
visit(doc, { Pair: (_, pair) => { keys.push(String(pair.key)); } });
console.log(keys.join(','));
console.log(stringify({ s: 'a: b', n: null, t: true, arr: [], obj: {}, long: 'x '.repeat(50), num: 1e21, neg: -0, q: "it's" }, { lineWidth: 40 }));
console.log(stringify([{ a: 1 }, [2, 3]], { indent: 4, collectionStyle: 'flow' }), stringify('plain'), stringify(new Map([[{ k: 1 }, 'complex key']])));
const docs = parseAllDocuments('a: 1\n---\nb: 2\n...\n');
console.log(docs.length, docs.map((d) => JSON.stringify(d.toJS())).join(' '));
const lc = new LineCounter();
const bad = parseDocument('a: 1\nb: [1, 2\nc: 3\n', { lineCounter: lc, prettyErrors: true });
for (const e of bad.errors) console.log(e.name, e.code, JSON.stringify(e.linePos), e.message.split('\n')[0]);
console.log(JSON.stringify(parse('a: 1\na: 2', { uniqueKeys: false })), JSON.stringify(parse('x: 0o17\ny: 0x1F\nz: .inf', { version: '1.1' })));
try { parse('a: 1\na: 2'); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); }
const d2 = new Document({ z: 1, a: { b: [1] } });
d2.commentBefore = ' generated';
console.log(d2.toString({ sortMapEntries: true }));
