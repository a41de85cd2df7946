// uuid (ESM-only; its "node" condition picks dist-node, which hashes with
// node:crypto): name-based v3/v5, time-based v1/v6/v7 and random v4 with
// fixed inputs, parse/stringify/validate/version, v1<->v6 conversion.
import { v1, v3, v4, v5, v6, v7, v1ToV6, v6ToV1, NIL, MAX, parse, stringify, validate, version } from 'uuid';
const random = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff);
console.log(v4({ random }), v4({ random: random.slice().reverse() }));
console.log(v5('hello', v5.DNS), v5('https://example.com/', v5.URL), v5('x', '6ba7b812-9dad-11d1-80b4-00c04fd430c8'));
console.log(v3('hello', v3.DNS), v3('https://example.com/', v3.URL));
const t1 = v1({ msecs: Date.UTC(2020, 0, 2, 3, 4, 5, 678), nsecs: 1234, clockseq: 0x1a2b, node: Uint8Array.of(1, 2, 3, 4, 5, 6) });
console.log(t1, v1ToV6(t1), v6ToV1(v1ToV6(t1)) === t1);
console.log(v6({ msecs: 1577934245678, nsecs: 5, clockseq: 0x0123, node: Uint8Array.of(9, 8, 7, 6, 5, 4) }));
console.log(v7({ msecs: 1577934245678, seq: 0x2a, random }));
const bytes = parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log(Array.from(bytes).join(','), stringify(bytes), bytes instanceof Uint8Array);
for (const id of [NIL, MAX, t1, 'not-a-uuid', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', '00000000-0000-0000-0000-00000000000g']) {
  console.log(id, validate(id), validate(id) ? version(id) : '-');
}
const buf = new Uint8Array(20);
v5('abc', v5.DNS, buf, 2);
console.log(Array.from(buf).join(','));
try { parse('bad'); } catch (error) { console.log(error.name, error.message); }
