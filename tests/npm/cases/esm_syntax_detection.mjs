// Module syntax detection (Node 20.19+, on by default): a .js file with no
// "type" in its package scope that fails to parse as CommonJS because of
// import/export/top-level await is loaded as an ES module. punycode ships
// its ES build as punycode.es6.js in a "type"-less package.
import { toASCII, toUnicode } from 'punycode/punycode.es6.js';
import punycodeEs6 from 'punycode/punycode.es6.js';
import * as esm from './fixtures/detect/esm_syntax.js';
import cjs from './fixtures/detect/cjs_syntax.js';
console.log(toASCII('mañana.com'), toUnicode('xn--bcher-kva.de'), typeof punycodeEs6.ucs2);
console.log(Object.keys(esm).join(','), esm.detected, esm.default, JSON.stringify(cjs));
await import('./fixtures/detect/tla.js');
