// CommonJS named-export detection (as cjs_named_exports.mjs) for packages
// that require Node built-ins while they load: qs (util via
// object-inspect), mime-types (path), micromatch (util, path),
// http-errors (depd: path), parseurl (url), xml2js (events, timers),
// whatwg-url, aws4 (url, querystring, crypto), extsprintf (assert, util),
// debug (tty, util; a `module.exports = require(...)` re-export chosen at
// run time), readable-stream (stream, buffer, events).
import * as qs from 'qs';
import * as mimeTypes from 'mime-types';
import * as micromatch from 'micromatch';
import * as httpErrors from 'http-errors';
import * as parseurl from 'parseurl';
import * as xml2js from 'xml2js';
import * as whatwgUrl from 'whatwg-url';
import * as aws4 from 'aws4';
import * as extsprintf from 'extsprintf';
import * as debug from 'debug';
import * as readableStream from 'readable-stream';
import { parse as qsParse, stringify as qsStringify } from 'qs';
import { lookup } from 'mime-types';
import { sprintf } from 'extsprintf';
import { Readable } from 'readable-stream';
const namespaces = { qs, mimeTypes, micromatch, httpErrors, parseurl, xml2js, whatwgUrl, aws4, extsprintf, debug, readableStream };
for (const [name, ns] of Object.entries(namespaces)) {
  console.log(`${name}: default=${typeof ns.default} [${Object.keys(ns).join(',')}]`);
}
console.log(JSON.stringify(qsParse('a[b]=1&a[c][]=2&a[c][]=3')), qsStringify({ x: [1, 2] }), lookup('x.svg'), sprintf('%s=%d', 'n', 42), typeof Readable.from);
