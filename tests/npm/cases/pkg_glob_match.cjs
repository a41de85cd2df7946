// Glob matching: picomatch 4 and micromatch (with its own picomatch 2,
// which uses require('path') and process.platform; micromatch uses
// require('util').inspect), braces expansion, fill-range.
'use strict';
const picomatch = require('picomatch');
const micromatch = require('micromatch');
const braces = require('braces');
const files = ['a.js', 'src/a.ts', 'src/lib/b.js', 'src/.hidden.js', 'test/x.spec.js', 'README.md', 'docs/a b.md', 'src/lib/deep/c.jsx', 'dist/a.min.js'];
const patterns = ['*.js', '**/*.js', 'src/**', 'src/**/*.{js,jsx}', '!**/*.md', '**/?.js', 'src/*/b.js', '**/*.+(spec|min).js', '[a-c].js', 'src/**/!(*.ts)', '**/.*'];
for (const p of patterns) {
  const isMatch = picomatch(p);
  console.log(p.padEnd(20), files.filter((f) => isMatch(f)).join(' '), '|', micromatch(files, p).join(' '));
}
console.log(micromatch(files, ['**/*.js', '!**/lib/**']).join(' '), '|', micromatch.not(files, '**/*.js').join(' '));
console.log(picomatch.isMatch('.git', '*', { dot: true }), picomatch.isMatch('A.JS', '*.js', { nocase: true }), picomatch.isMatch('a/b', 'a\\/b'));
console.log(JSON.stringify(picomatch.scan('src/**/*.js')), picomatch.makeRe('src/*.{js,ts}').source);
console.log(micromatch.capture('test/*.js', 'test/foo.js'), micromatch.some(['x.js', 'y.txt'], '*.txt'), micromatch.every(['x.js'], '*.js'), micromatch.contains('aa/bb/cc', '*b'));
console.log(braces('a/{b,c}/{1..3}', { expand: true }).join(' '), '|', braces('{01..10..3}', { expand: true }).join(' '), '|', braces('{a..e}').join(' '));
console.log(micromatch.braces('x{1..3}').join(' '), micromatch.matchKeys({ 'a.js': 1, 'b.md': 2 }, '*.js'));
try { micromatch(files, 5); } catch (e) { console.log(e.name, e.message); }
