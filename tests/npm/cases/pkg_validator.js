// validator (CommonJS, babel-compiled: `exports.default` + module.exports
// = exports.default; per-function files under validator/lib).
'use strict';
const validator = require('validator');
const isEmail = require('validator/lib/isEmail');
console.log(typeof isEmail, typeof isEmail.default, validator.version, Object.keys(validator).length > 90);
const checks = [
  ['isEmail', 'foo@bar.com'], ['isEmail', 'foo@bar'], ['isEmail', '"quoted"@x.io', { allow_utf8_local_part: true }],
  ['isURL', 'https://ex.com/a?b'], ['isURL', 'ex.com'], ['isURL', 'ex.com', { require_protocol: true }], ['isURL', 'http://localhost:3000', { require_tld: false }],
  ['isIP', '192.168.0.1'], ['isIP', '::ffff:127.0.0.1', { version: 6 }], ['isIP', '256.0.0.1'], ['isIPRange', '10.0.0.0/8'],
  ['isUUID', '123e4567-e89b-42d3-a456-426614174000', 4], ['isISO8601', '2020-02-30', { strict: true }], ['isISO8601', '2020-02-29T10:00:00Z'],
  ['isCreditCard', '4111111111111111'], ['isIBAN', 'DE89370400440532013000'], ['isMobilePhone', '+14155552671', 'en-US'],
  ['isPostalCode', '10115', 'DE'], ['isHexColor', '#abc'], ['isJSON', '{"a":1}'], ['isJWT', 'a.b.c'], ['isBase64', 'aGk='],
  ['isAlpha', 'Größe', 'de-DE'], ['isAlphanumeric', 'abc123'], ['isNumeric', '-1.5e3'], ['isFloat', '1.5', { min: 0, max: 1 }],
  ['isInt', '007', { allow_leading_zeroes: false }], ['isStrongPassword', 'Abcdef1!'], ['isSlug', 'my-slug'], ['isSemVer', '1.2.3-beta+x'],
  ['isMACAddress', '01:23:45:67:89:ab'], ['isFQDN', 'sub.example.co.uk'], ['isMimeType', 'text/html; charset=utf-8'], ['isLatLong', '40.7,-74.0'],
  ['isISBN', '978-3-16-148410-0'], ['isLocale', 'en-US'], ['isMagnetURI', 'magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a'],
];
for (const [fn, input, ...args] of checks) console.log(fn, JSON.stringify(input), validator[fn](input, ...args));
console.log(validator.normalizeEmail('Foo.Bar+tag@GMail.com'), validator.escape('<a href="x">\'&\'</a>'), validator.unescape('&lt;b&gt;'));
console.log(validator.trim('  x  '), validator.ltrim('xxy', 'x'), validator.blacklist('abc123', '0-9'), validator.whitelist('abc123', 'a-b'), validator.stripLow('a\u0000b\nc', true));
console.log(validator.toInt('42px'), validator.toFloat('3.5x'), validator.toBoolean('false'), validator.toBoolean('0', true), String(validator.toDate('2020-01-02T00:00:00Z').toISOString()));
try { validator.isEmail(5); } catch (e) { console.log(e.name, e.message); }
