// Importing CommonJS packages from ESM: the default export is
// module.exports, and the named exports are the ones Node's static
// detection (cjs-module-lexer) finds in the source: `exports.x =`,
// `module.exports = { a, b }`, Object.defineProperty(exports, ...),
// `__esModule` re-exports, `module.exports = require(...)` re-exports.
// Prints each namespace's keys; then uses named imports. (Packages that
// need Node built-ins to load are in cjs_named_exports_builtins.mjs.)
import * as lodash from 'lodash';
import * as semver from 'semver';
import * as he from 'he';
import * as safeBuffer from 'safe-buffer';
import * as stringDecoder from 'string_decoder/lib/string_decoder.js';
import * as cookie from 'cookie';
import * as contentType from 'content-type';
import * as ms from 'ms';
import * as validator from 'validator';
import * as ajv from 'ajv';
import * as handlebars from 'handlebars';
import * as dayjs from 'dayjs';
import * as fastDeepEqual from 'fast-deep-equal';
import * as deepmerge from 'deepmerge';
import * as classnames from 'classnames';
import * as escapeHtml from 'escape-html';
import * as base64 from 'base64-js';
import * as ieee754 from 'ieee754';
import * as bufferPkg from 'buffer/index.js';
import * as eventsPkg from 'events/events.js';
import * as inherits from 'inherits';
import * as punycode from 'punycode/punycode.js';
import * as json5 from 'json5';
import * as minimist from 'minimist';
import * as yaml from 'yaml';
import * as rxjs from 'rxjs';
import * as superstruct from 'superstruct';
import * as picomatch from 'picomatch';
import * as iconv from 'iconv-lite';
import * as sax from 'sax';
import * as bn from 'bn.js';
import * as stableStringify from 'fast-json-stable-stringify';
import * as fastXml from 'fast-xml-parser';

const namespaces = {
  lodash, semver, he, safeBuffer, stringDecoder, cookie, contentType, ms,
  validator, ajv, handlebars, dayjs, fastDeepEqual, deepmerge, classnames,
  escapeHtml, base64, ieee754, bufferPkg, eventsPkg, inherits, punycode,
  json5, minimist, yaml, rxjs, superstruct, picomatch, iconv, sax, bn,
  stableStringify, fastXml,
};
for (const [name, ns] of Object.entries(namespaces)) {
  const keys = Object.keys(ns);
  console.log(`${name}: default=${typeof ns.default} ${keys.length} [${keys.join(',')}]`);
}

// Named imports from CommonJS, used.
import { satisfies, valid, coerce } from 'semver';
import { Buffer as SafeBuffer } from 'safe-buffer';
import { StringDecoder } from 'string_decoder/lib/string_decoder.js';
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import { format as formatType, parse as parseType } from 'content-type';
import { toByteArray, fromByteArray } from 'base64-js';
import eventsDefault from 'events/events.js';
import punycodeDefault from 'punycode/punycode.js';
import { Observable, of, map } from 'rxjs';
import { object, string, number, is } from 'superstruct';
console.log(satisfies('1.2.3', '^1.0.0'), valid('v1.2.3'), String(coerce('v3.4')));
console.log(SafeBuffer.from('hi').toString('hex'), new StringDecoder('utf8').write(SafeBuffer.from([0xe2, 0x82, 0xac])));
console.log(JSON.stringify(parseCookie('a=1; b=two%20words')), serializeCookie('k', 'v w', { httpOnly: true, path: '/' }));
console.log(formatType({ type: 'text/html', parameters: { charset: 'utf-8' } }), JSON.stringify(parseType('application/json; charset=UTF-8')));
console.log(fromByteArray(toByteArray('aGVsbG8=')), typeof eventsDefault.EventEmitter, typeof eventsDefault.once, punycodeDefault.toASCII('mañana.com'));
of(1, 2, 3).pipe(map((x) => x * 10)).subscribe((v) => console.log('rx', v));
console.log(typeof Observable, is({ a: 'x', b: 1 }, object({ a: string(), b: number() })));
