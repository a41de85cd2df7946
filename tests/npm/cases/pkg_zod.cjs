// zod through require() (its index.cjs build): the same schemas as the
// ESM case, plus zod/v3 (the classic API kept as a subpath).
'use strict';
const { z } = require('zod');
const v3 = require('zod/v3');
const Item = z.object({ sku: z.string().length(4), qty: z.number().int().min(1), price: z.number().multipleOf(0.01) });
const Cart = z.object({ items: z.array(Item).nonempty(), coupon: z.string().nullable() }).strict();
console.log(JSON.stringify(Cart.parse({ items: [{ sku: 'AB12', qty: 2, price: 9.99 }], coupon: null })));
const result = Cart.safeParse({ items: [{ sku: 'A', qty: 0, price: 1.001 }], coupon: 5, more: true });
for (const issue of result.error.issues) console.log(JSON.stringify([issue.code, issue.path.join('.'), issue.message]));
console.log(JSON.stringify(z.flattenError(result.error)));
const Schema3 = v3.z.object({ a: v3.z.string().email(), b: v3.z.number().lt(5) });
const r3 = Schema3.safeParse({ a: 'x', b: 9 });
console.log(r3.success, JSON.stringify(r3.error.flatten()), r3.error.issues.map((i) => i.code).join(','));
console.log(JSON.stringify(v3.z.string().array().parse(['a'])), v3.z.ZodFirstPartyTypeKind.ZodString);
const Lazy = z.lazy(() => z.object({ name: z.string(), children: z.array(Lazy) }));
console.log(JSON.stringify(Lazy.parse({ name: 'root', children: [{ name: 'leaf', children: [] }] })));
(async () => {
  const Async = z.string().refine(async (s) => s.length > 2, 'short');
  console.log(JSON.stringify(await Async.safeParseAsync('ab')));
})();
