// bn.js (CommonJS; probes require('buffer') in a try), lru-cache 11
// (ESM build through "import" + "node" conditions; no TTLs, so no
// clock), and diff 9 (ESM build): words/lines/JSON diffs, unified
// patches applied back.
import BN from 'bn.js';
import { LRUCache } from 'lru-cache';
import { diffChars, diffWords, diffLines, diffJson, createTwoFilesPatch, applyPatch, parsePatch, structuredPatch } from 'diff';
const a = new BN('123456789012345678901234567890');
const b = new BN('ffeeddccbbaa99887766554433221100', 16);
console.log(a.mul(b).toString(10), a.add(b).toString(16), b.sub(a).toString(36), b.div(a).toString(), b.mod(a).toString());
console.log(a.pow(new BN(5)).toString().length, a.sqr().bitLength(), new BN(-255).toTwos(16).toString(16), new BN('ff', 16).shln(100).toString(16));
console.log(a.gcd(new BN(1234567890)).toString(), new BN(17).invm(new BN(3120)).toString(), a.toArrayLike(Buffer, 'be', 16).toString('hex'), BN.isBN(a), a.cmp(b), a.isEven());
const red = BN.red(new BN(1000000007));
console.log(new BN(2).toRed(red).redPow(new BN(100)).fromRed().toString(), new BN(0).isZero(), new BN('-1f', 'hex').toString(10));
const cache = new LRUCache({ max: 3, dispose: (v, k, reason) => console.log('dispose', k, v, reason) });
cache.set('a', 1).set('b', 2).set('c', 3);
cache.get('a');
cache.set('d', 4);
console.log([...cache.keys()].join(','), cache.has('b'), cache.size, cache.peek('c'), JSON.stringify(cache.dump().map(([k, e]) => [k, e.value])));
cache.delete('c');
const sized = new LRUCache({ maxSize: 10, sizeCalculation: (v) => v.length });
sized.set('x', 'aaaa'); sized.set('y', 'bbbbb'); sized.set('z', 'cc');
console.log([...sized.entries()].map(([k, v]) => `${k}=${v}`).join(' '), sized.calculatedSize);
const fetcher = new LRUCache({ max: 5, fetchMethod: async (key) => `fetched:${key}` });
const show = (parts) => parts.map((p) => (p.added ? `+[${p.value}]` : p.removed ? `-[${p.value}]` : p.value)).join('');
console.log(show(diffChars('kitten sat', 'sitting sat!')), '|', show(diffWords('the quick brown fox', 'the slow brown dog')));
console.log(JSON.stringify(diffLines('a\nb\nc\n', 'a\nB\nc\nd\n').map((p) => [p.count, !!p.added, !!p.removed, p.value])));
console.log(show(diffJson({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3], c: null })));
const oldText = 'line1\nline2\nline3\nline4\n';
const newText = 'line1\nline2 changed\nline3\nline5\n';
const patch = createTwoFilesPatch('a.txt', 'b.txt', oldText, newText, 'old', 'new', { context: 1 });
console.log(patch);
console.log(applyPatch(oldText, patch) === newText, parsePatch(patch)[0].hunks.length, JSON.stringify(structuredPatch('x', 'y', 'a\n', 'b\n').hunks[0].lines));
console.log(await fetcher.fetch('k1'), fetcher.has('k1'));
