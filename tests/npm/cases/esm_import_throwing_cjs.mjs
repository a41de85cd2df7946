// A CommonJS module that throws while it loads, imported from ESM: the
// import() promise rejects with that error; the process must not go
// down. The same for a CommonJS module whose require() of a missing
// package fails. (Each fixture is imported once, and none statically from
// a child module: Node 20 has quirks there, a second import of a failed
// CommonJS module resolves, a static one is also reported as uncaught.)
for (const specifier of ['./fixtures/throws.cjs', './fixtures/requires_missing.cjs']) {
  try {
    await import(specifier);
    console.log(specifier, 'loaded');
  } catch (error) {
    console.log(specifier, error.name, error.code, error.message.split('\n')[0]);
  }
}
console.log('still running');
