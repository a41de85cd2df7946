// import: conditions, CommonJS interop, JSON, built-ins, errors.
const show = async (label, specifier, options) => {
  try {
    const ns = await import(specifier, options);
    const keys = Object.keys(ns).sort();
    const fields = keys.map((k) => `${k}=${typeof ns[k] === 'object' ? JSON.stringify(ns[k]) : typeof ns[k] === 'function' ? 'fn' : String(ns[k])}`);
    console.log(label, '->', fields.join(' '));
  } catch (error) {
    console.log(label, '!!', error.code, error.message.split('\n')[0]);
  }
};
await show('cond', 'cond');
await show('cond/sub', 'cond/sub');
await show('cond/nope', 'cond/nope');
await show('pattern a.js', 'pattern/features/a.js');
await show('pattern deep', 'pattern/deep/x/y');
await show('typed', 'typed');
await show('typed/legacy', 'typed/legacy');
await show('mainless (legacy main)', 'mainless');
await show('dirmain', 'dirmain');
await show('@scope/pkg', '@scope/pkg');
await show('esmonly', 'esmonly');
await show('#internal', '#internal');
await show('#cond', '#cond');
await show('lexed', 'lexed');
await show('lexed literal', 'lexed/literal/index.js');
await show('lexed whole', 'lexed/whole.js');
await show('lexed fn', 'lexed/fn.js');
await show('cycle', './cycle_a.js');
await show('json without assertion', './data.json');
await show('json', './data.json', { assert: { type: 'json' } });
await show('json wrong assertion', './cycle_a.js', { assert: { type: 'json' } });
await show('folder', './folder');
await show('no extension in ESM', './lib/internal');
await show('missing', './nope.mjs');
await show('missing package', 'nope-pkg');
console.log('node:process', (await import('node:process')).default === process);
await show('node:nope', 'node:nope');
await show('https scheme', 'https://example.com/x.js');
await show('file URL', import.meta.url.replace(/import_main.mjs$/, 'lib/imp.mjs'));
await show('bad package name', '@scope');
console.log(import.meta.url.endsWith('/modules/app/import_main.mjs'), typeof import.meta.filename);
console.log(import.meta.resolve('cond').endsWith('/node_modules/cond/n-import.mjs'),
            import.meta.resolve('./not-there.js').endsWith('/app/not-there.js'),
            import.meta.resolve('node:process'), import.meta.resolve('process'));
try { import.meta.resolve('no-such-pkg'); } catch (e) { console.log(e.code); }
