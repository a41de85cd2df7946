// Dynamic import() of a relative path: evaluated once, cached, async.
console.log('before import()');
const p = import('./lib/dyn.mjs');
console.log('import() returned a promise:', p instanceof Promise);
const m = await p;
console.log('value:', m.value, 'default:', m.default);
const again = await import('./lib/dyn.mjs');
console.log('same namespace object:', again === m);
try {
  await import('./lib/does_not_exist.mjs');
} catch (e) {
  console.log('missing module rejects:', e instanceof Error);
}
console.log('end');
