// node:path (POSIX): every function over thousands of generated paths
// (seeded) and hand-picked edge cases; resolve() and relative() use the
// working directory (the cases folder, the same under Node and isohost).
const path = require('path');

let seed = 0x9e3779b9;
function random() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const segments = ['', '.', '..', '...', 'a', 'bb', 'c.d', '.e', 'f.', 'g.h.i', '..j', 'k..',
                  'l m', 'ü', '日本', '.', '..', 'x.js', 'y.tar.gz', '.hidden.txt', '....'];
const separators = ['/', '/', '/', '//', '///'];
function generatePath() {
  let p = random() < 0.4 ? pick(separators) : '';
  const count = Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    p += pick(segments);
    if (i < count - 1 || random() < 0.3) p += pick(separators);
  }
  return p;
}

const handPicked = ['', '/', '//', '///', '.', '..', '...', './', '../', '/.', '/..', '/../..', 'a', 'a/',
  'a//', '/a', '//a', '///a', 'a/b', 'a//b', 'a/b/', '/a/b/', './a', '../a', 'a/..', 'a/../..', '/a/../..',
  'a/./b', 'a/.', '.a', 'a.', '.a.b', 'a..', '..a', '.', 'a.b.c', '/a.b/', '/.a/', 'a/.b/', '//.', '/./',
  'foo/bar/baz/asdf/quux.html', '/foo/bar/baz/asdf/quux', '/home/user/dir/file.txt', 'C:\\temp\\x.y'];
const paths = [...handPicked];
for (let i = 0; i < 3000; i++) paths.push(generatePath());

const q = JSON.stringify;
const suffixes = ['', '.js', 'js', 'x', '.', 'a', 'c.d', '/', 'bb', '..', '.hidden.txt', 'gz'];
for (const p of paths) {
  const parsed = path.parse(p);
  const line = [
    q(p), q(path.normalize(p)), path.isAbsolute(p), q(path.dirname(p)), q(path.basename(p)),
    q(path.extname(p)), q(parsed), q(path.format(parsed)), q(path.toNamespacedPath(p)),
    q(path.basename(p, pick(suffixes))), q(path.basename(p, pick(suffixes))),
  ];
  console.log(line.join(' '));
}
for (let i = 0; i < 2000; i++) {
  const a = pick(paths);
  const b = pick(paths);
  const c = pick(paths);
  console.log(q([a, b, c]), q(path.join(a, b)), q(path.join(a, b, c)), q(path.resolve(a, b)),
              q(path.resolve(a, b, c)), q(path.relative(a, b)), q(path.relative(b, a)));
}
console.log(q(path.join()), q(path.resolve()), q(path.resolve('')), q(path.relative('', '')));
for (const [from, to] of [['/', '/a'], ['/a', '/'], ['/a/b', '/a/b/c'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'],
                          ['a', 'a/b'], ['/foo/bar', '/foo/bar'], ['', '/'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb']]) {
  console.log(from, to, q(path.relative(from, to)));
}

// format() with odd objects.
const objects = [{}, { root: '/' }, { dir: '/x', base: 'y' }, { root: '/', base: 'f' }, { name: 'n', ext: 'e' },
  { name: 'n', ext: '.e' }, { dir: 'd', name: 'n', ext: 'e' }, { root: '/', dir: '/', base: 'b' },
  { root: 'r', dir: 'r', base: 'b' }, { dir: 'd', base: '', name: 'n' }, { ext: '.only' }, { base: 0, name: 1, ext: 2 },
  { dir: 'a', root: 'b', base: 'c', name: 'd', ext: 'e' }];
for (const o of objects) console.log(q(o), q(path.format(o)));

// Argument errors.
const bad = [undefined, null, 1, true, {}, [], Symbol('s'), () => {}, 10n];
const tryIt = (label, fn) => {
  try {
    console.log(label, q(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
for (const value of bad) {
  tryIt('normalize', () => path.normalize(value));
  tryIt('join', () => path.join('a', value));
  tryIt('resolve', () => path.resolve('a', value, 'b'));
  tryIt('relative', () => path.relative(value, 'a'));
  tryIt('relative to', () => path.relative('a', value));
  tryIt('dirname', () => path.dirname(value));
  tryIt('basename', () => path.basename(value));
  tryIt('basename suffix', () => path.basename('a', value));
  tryIt('extname', () => path.extname(value));
  tryIt('parse', () => path.parse(value));
  tryIt('isAbsolute', () => path.isAbsolute(value));
  tryIt('format', () => path.format(value));
  tryIt('toNamespacedPath', () => path.toNamespacedPath(value));
}
console.log(path.sep, path.delimiter, path.posix === path, path.posix.posix === path,
            require('path/posix') === path, require('node:path') === path, path._makeLong === path.toNamespacedPath);
console.log(Object.keys(path).filter((k) => k !== 'matchesGlob').join(' '));
