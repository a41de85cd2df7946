// import.meta is an object with a string url; this is undefined in modules.
console.log(typeof import.meta, typeof import.meta.url);
console.log(import.meta.url.startsWith('file:'), import.meta.url.endsWith('/esm_import_meta.mjs'));
console.log('top-level this:', typeof this);
console.log('strict mode:', (function () { return this === undefined; })());
