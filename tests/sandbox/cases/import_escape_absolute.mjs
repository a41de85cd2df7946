// expect: error is denied: imports must stay below
// An absolute file: URL, built at run time, through import().
await import(import.meta.url.replace(/cases\/[^/]*$/, 'outside/secret.mjs'));
