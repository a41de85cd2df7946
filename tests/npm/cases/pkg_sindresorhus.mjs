// sindresorhus's ESM-only packages: @sindresorhus/slugify (+transliterate),
// escape-string-regexp, query-string (decode-uri-component, split-on-first,
// filter-obj), p-limit (yocto-queue; async ordering), strip-ansi, chalk 5
// (package "imports" #ansi-styles / #supports-color with a "node"
// condition). string-width is in pkg_string_width.mjs.
import slugify from '@sindresorhus/slugify';
import transliterate from '@sindresorhus/transliterate';
import escapeStringRegexp from 'escape-string-regexp';
import queryString from 'query-string';
import pLimit from 'p-limit';
import stripAnsi from 'strip-ansi';
import { Chalk, supportsColor } from 'chalk';
for (const s of ['Déjà Vu!', 'I ♥ Dogs & Cats', 'BAR and baz', 'Ærøskøbing Straße', 'Привет мир', 'fooBar 123 $#%', '  --leading  ']) {
  console.log(slugify(s), '|', slugify(s, { separator: '_', lowercase: false, decamelize: false }), '|', transliterate(s));
}
console.log(slugify('a@b.c', { customReplacements: [['@', ' at ']] }), slugify('ab#cd', { preserveCharacters: ['#'] }));
console.log(escapeStringRegexp('How much $ for a 🦄? [a-z]+ (x|y) \\ ^'), new RegExp(escapeStringRegexp('a.b')).test('axb'));
console.log(JSON.stringify(queryString.parse('?foo=bar&foo=baz&n=1&b=true&e=&x&arr[]=1&arr[]=2')));
console.log(JSON.stringify(queryString.parse('a[]=1&a[]=2&n=1.5&b=true', { arrayFormat: 'bracket', parseNumbers: true, parseBooleans: true })));
console.log(queryString.stringify({ b: [1, 2], a: 'x y', c: null, d: undefined, e: '' }), '|', queryString.stringify({ a: [1, 2] }, { arrayFormat: 'comma' }), '|', queryString.stringify({ z: 1, a: 2 }, { sort: false }));
console.log(JSON.stringify(queryString.parseUrl('https://x.y/p?q=1#h', { parseFragmentIdentifier: true })), queryString.stringifyUrl({ url: 'https://x.y/p?a=1', query: { b: '€' } }), queryString.extract('https://x?y=1#z'));
console.log(queryString.pick('https://x.y/?a=1&b=2&c=3', ['a', 'c']), queryString.exclude('https://x.y/?a=1&b=2', ['a']));
console.log(JSON.stringify(stripAnsi('\u001B[4mUnicorn\u001B[0m \u001B]8;;https://x\u0007link\u001B]8;;\u0007')));
const chalk = new Chalk({ level: 1 });
const chalk3 = new Chalk({ level: 3 });
console.log(JSON.stringify(chalk.red.bold('x') + chalk.bgBlue.underline('y') + chalk.hex('#ff8800')('z')), JSON.stringify(chalk3.rgb(1, 2, 3)('c')), JSON.stringify(new Chalk({ level: 0 }).green('plain')));
console.log(typeof supportsColor, chalk.level, JSON.stringify(chalk.red('a', 'b', chalk.blue('n') + 'c')));
const limit = pLimit(2);
const order = [];
const tick = (n) => new Promise((resolve) => { let i = 0; const step = () => (++i < n ? Promise.resolve().then(step) : resolve()); step(); });
const jobs = [5, 1, 3, 1].map((n, i) => limit(async () => { order.push(`start ${i} (active ${limit.activeCount}, pending ${limit.pendingCount})`); await tick(n); order.push(`end ${i}`); return i * 10; }));
console.log('queued', limit.activeCount, limit.pendingCount, limit.concurrency);
Promise.all(jobs).then((results) => console.log(order.join('\n'), '\n', results.join(',')));
