// A .js file in a "type": "module" package is an ES module.
console.log(typeof require, typeof module, import.meta.url.endsWith('/entry.js'));
