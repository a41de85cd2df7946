// util.parseArgs: generated argument lists (seeded) against a few option
// sets, strict and not, with tokens, defaults, multiple, allowNegative,
// and the configuration errors.
const { parseArgs } = require('util');

let seed = 0xabcdef;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const run = (config) => {
  try {
    const result = parseArgs(config);
    return JSON.stringify([Object.entries(result.values), result.positionals, result.tokens]);
  } catch (err) {
    return `${err.name} ${err.code} ${JSON.stringify(err.message)}`;
  }
};

const optionSets = [
  {},
  { verbose: { type: 'boolean', short: 'v' }, out: { type: 'string', short: 'o' } },
  { flag: { type: 'boolean', short: 'f', multiple: true }, name: { type: 'string', short: 'n', multiple: true, default: ['x'] },
    color: { type: 'boolean', default: true }, level: { type: 'string', default: 'info' } },
  { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' },
    'no-d': { type: 'boolean' }, e: { type: 'boolean' } },
];
const pieces = ['-v', '-o', 'file', '--verbose', '--out', '--out=x', '--out=', '-ofile', '-vo', '-ov', '--',
  'pos', '-', '---', '--no-verbose', '--no-color', '--color', '-f', '-ff', '-n', 'name', '--name=a',
  '-abc', '-abcvalue', '-ca', '--no-e', '--no-d', '--unknown', '-z', '--=x', '--=', '-x=1', '-', '--level',
  '-1', '--a=b=c', '__proto__', '--__proto__', '--__proto__=1', '-c', '--c', '--e=1', '-e'];
for (let i = 0; i < 1500; i++) {
  const args = [];
  const count = Math.floor(random() * 6);
  for (let j = 0; j < count; j++) args.push(pick(pieces));
  const options = pick(optionSets);
  const config = { args, options };
  if (random() < 0.4) config.strict = false;
  if (random() < 0.3) config.allowPositionals = random() < 0.5;
  if (random() < 0.3) config.tokens = true;
  if (random() < 0.3) config.allowNegative = true;
  console.log(JSON.stringify(args), Object.keys(options).join(','), config.strict, config.allowPositionals,
              config.tokens, config.allowNegative, run(config));
}

// Configuration errors.
const bad = [
  { args: 'x' }, { strict: 1 }, { allowPositionals: 'yes' }, { tokens: null }, { allowNegative: 0 },
  { options: [] }, { options: null }, { options: { a: 1 } }, { options: { a: {} } }, { options: { a: { type: 'number' } } },
  { options: { a: { type: 'string', short: 'ab' } } }, { options: { a: { type: 'string', short: 5 } } },
  { options: { a: { type: 'string', multiple: 'no' } } }, { options: { a: { type: 'string', default: 5 } } },
  { options: { a: { type: 'boolean', default: 'x' } } }, { options: { a: { type: 'string', multiple: true, default: 'x' } } },
  { options: { a: { type: 'string', multiple: true, default: ['x', 1] } } },
  { options: { a: { type: 'boolean', multiple: true, default: [true, 'no'] } } },
  { args: [], options: Object.create({ inherited: { type: 'string' } }) },
  { args: ['--inherited', 'x'], options: Object.create({ inherited: { type: 'string' } }) },
];
for (const config of bad) console.log(JSON.stringify(config), run(config));
console.log(run({ args: [] }), run(undefined === 1 ? null : { args: ['a'], strict: false }));
try { parseArgs(null); } catch (err) { console.log(err.name, err.message); }
