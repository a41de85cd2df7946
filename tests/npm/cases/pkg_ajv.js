// ajv 8 (CommonJS; compiles each schema to JavaScript with new Function):
// draft-07 and 2020-12, formats-free keywords, $ref/$defs, errors,
// coercion, defaults, removeAdditional, custom keywords, async schemas.
'use strict';
const Ajv = require('ajv');
const Ajv2020 = require('ajv/dist/2020');
const ajv = new Ajv({ allErrors: true });
const schema = {
  $id: 'https://example.com/person',
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, pattern: '^[A-Z]' },
    age: { type: 'integer', minimum: 0, maximum: 150 },
    email: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 3 },
    address: { $ref: '#/definitions/address' },
    kind: { enum: ['a', 'b'] },
    both: { allOf: [{ type: 'number' }, { multipleOf: 5 }] },
    either: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    when: { if: { type: 'string' }, then: { minLength: 3 }, else: { type: 'boolean' } },
  },
  required: ['name', 'age'],
  additionalProperties: false,
  definitions: {
    address: { type: 'object', properties: { zip: { type: 'string', pattern: '^\\d{5}$' } }, required: ['zip'] },
  },
};
const validate = ajv.compile(schema);
console.log(validate({ name: 'Ann', age: 30, tags: ['x'], address: { zip: '12345' }, both: 10, either: 1, when: 'abc' }), validate.errors);
console.log(validate({ name: 'ann', age: -1.5, tags: ['x', 'x', 'y', 'z'], address: {}, kind: 'c', both: 7, either: null, when: 'ab', extra: 1 }));
for (const e of validate.errors) console.log(JSON.stringify([e.instancePath, e.keyword, e.message, e.params]));
console.log(ajv.errorsText(validate.errors, { separator: ' | ' }));
const coerce = new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: 'all' });
const v2 = coerce.compile({
  type: 'object',
  properties: { n: { type: 'number' }, b: { type: 'boolean' }, list: { type: 'array', items: { type: 'integer' } }, d: { type: 'string', default: 'dflt' } },
});
const data = { n: '42.5', b: 'true', list: '7', junk: 1 };
console.log(v2(data), JSON.stringify(data));
const a20 = new Ajv2020();
const v3 = a20.compile({
  $defs: { pos: { type: 'integer', exclusiveMinimum: 0 } },
  type: 'array',
  prefixItems: [{ type: 'string' }, { $ref: '#/$defs/pos' }],
  items: false,
  minContains: 1,
  contains: { const: 'x' },
});
console.log(v3(['x', 3]), v3(['y', 0, 1]), JSON.stringify(v3.errors.map((e) => [e.instancePath, e.keyword])));
ajv.addKeyword({ keyword: 'even', type: 'number', schemaType: 'boolean', validate: (s, d) => !s || d % 2 === 0 });
const v4 = ajv.compile({ type: 'number', even: true });
console.log(v4(4), v4(5), v4.errors[0].keyword);
ajv.addSchema({ $id: 'defs.json', definitions: { int: { type: 'integer' } } });
console.log(ajv.validate({ $ref: 'defs.json#/definitions/int' }, 3), ajv.validate({ $ref: 'defs.json#/definitions/int' }, 3.5));
const vAsync = ajv.compile({ $async: true, type: 'string', maxLength: 2 });
vAsync('abc').catch((error) => console.log('async', error instanceof Ajv.ValidationError, error.errors[0].keyword));
try {
  ajv.compile({ type: 'nope' });
} catch (error) {
  console.log('bad schema:', error.message);
}
console.log(typeof validate.source, validate.schema === schema);
