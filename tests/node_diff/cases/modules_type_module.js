// The entry is CommonJS (no package.json here); it imports a .js file
// whose package says "type": "module".
import('./modules/esm_pkg/entry.js').then(() => console.log('imported'));
console.log(typeof require, typeof module, typeof exports);
