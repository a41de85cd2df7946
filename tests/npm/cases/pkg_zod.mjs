// zod 4 (dual; this is its ESM build): schemas, parse/safeParse, issues,
// transforms, refinements, discriminated unions, coercion, JSON Schema.
import { z } from 'zod';
import * as zm from 'zod/mini';
const User = z.object({
  id: z.number().int().positive(),
  name: z.string().min(2).max(20),
  email: z.string().email(),
  role: z.enum(['admin', 'user']).default('user'),
  tags: z.array(z.string()).max(3).optional(),
  born: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
console.log(JSON.stringify(User.parse({ id: 1, name: 'Ann', email: 'ann@example.com', born: '1990-01-02' })));
const bad = User.safeParse({ id: -1.5, name: 'A', email: 'nope', role: 'root', tags: ['a', 'b', 'c', 'd'], born: 'x', extra: 1 });
console.log(bad.success);
for (const issue of bad.error.issues) console.log(JSON.stringify([issue.code, issue.path, issue.message]));
console.log(JSON.stringify(z.treeifyError(bad.error).properties.name));
console.log(z.prettifyError(bad.error));
const Shape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('circle'), r: z.number() }),
  z.object({ kind: z.literal('rect'), w: z.number(), h: z.number() }),
]);
console.log(JSON.stringify(Shape.parse({ kind: 'rect', w: 2, h: 3 })), Shape.safeParse({ kind: 'tri' }).error.issues[0].code);
const Num = z.string().transform((s) => Number(s)).pipe(z.number().max(100));
console.log(Num.parse('42'), Num.safeParse('420').success, z.coerce.number().parse('3.5'), z.coerce.boolean().parse(''));
const Pw = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, { message: 'mismatch', path: ['b'] });
console.log(JSON.stringify(Pw.safeParse({ a: 'x', b: 'y' }).error.issues));
console.log(JSON.stringify(z.toJSONSchema(User)));
console.log(JSON.stringify(z.record(z.string(), z.number()).parse({ a: 1 })), JSON.stringify(z.tuple([z.string(), z.number()]).parse(['a', 1])));
console.log(z.string().url().safeParse('https://example.com/x?y').success, z.string().uuid().safeParse('123e4567-e89b-12d3-a456-426614174000').success);
console.log(z.iso.datetime().safeParse('2020-01-01T00:00:00Z').success, z.ipv4().safeParse('256.1.1.1').success);
console.log(zm.parse(zm.string(), 'mini'), zm.safeParse(zm.number(), 'x').success);
try {
  z.number().parse('x');
} catch (error) {
  console.log(error instanceof z.ZodError, error.name, error.issues.length);
}
