// superstruct ("type": "module" but no `exports`: import takes "main",
// dist/index.cjs, so the named imports come from CommonJS detection):
// structs, validate/assert/create with coercion and defaults, failures.
import { object, string, number, array, optional, enums, refine, assert, create, defaulted, coerce,
  validate, is, union, literal, record, size, pattern, StructError, type, tuple, nullable } from 'superstruct';
const Email = pattern(string(), /^[^@\s]+@[^@\s]+$/);
const Positive = refine(number(), 'positive', (n) => n > 0 || `expected positive, got ${n}`);
const User = object({
  id: Positive, email: Email, name: size(string(), 1, 10), role: enums(['admin', 'user']),
  tags: defaulted(array(string()), () => []), nick: optional(string()), parent: nullable(number()),
});
console.log(JSON.stringify(create({ id: 1, email: 'a@b', name: 'Ann', role: 'user', parent: null }, User)));
const [error, value] = validate({ id: -2, email: 'bad', name: '', role: 'x', tags: [1], extra: true, parent: 'p' }, User);
console.log(error instanceof StructError, value, error.message);
for (const f of error.failures()) console.log(JSON.stringify([f.path.join('.'), f.type, f.refinement, f.message]));
const Num = coerce(number(), string(), (s) => parseFloat(s));
console.log(create('3.25', Num), is('x', union([literal('x'), literal('y')])), is({ a: 1, b: 2 }, type({ a: number() })));
console.log(is({ a: 1 }, record(string(), number())), is(['a', 1], tuple([string(), number()])), is([1, 2, 3], size(array(number()), 0, 2)));
try { assert('nope', number()); } catch (e) { console.log(e.name, e.message, JSON.stringify(e.path), e.type); }
