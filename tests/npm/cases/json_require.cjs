// JSON through require(): a package's package.json, mime-db's 200 KB
// db.json (through mime-db's index.js and through mime-types), statuses'
// codes.json, a local file, and a JSON syntax error.
'use strict';
const db = require('mime-db');
const direct = require('mime-db/db.json');
console.log('mime-db entries', Object.keys(db).length, db === direct);
console.log('application/json', JSON.stringify(db['application/json']));
console.log('text/html', JSON.stringify(db['text/html']));
const mime = require('mime-types');
for (const name of ['index.html', 'a/b/c.JSON', 'x.md', 'photo.jpeg', 'font.woff2',
                    'archive.tar.gz', 'noext', '.gitignore', 'data.csv', 'x.mjs']) {
  console.log(name, mime.lookup(name), mime.contentType(name));
}
console.log(mime.extension('text/plain'), mime.extensions['image/png'], mime.charset('text/css'));
const codes = require('statuses/codes.json');
console.log('statuses', Object.keys(codes).length, codes['418']);
console.log('lodash version', require('lodash/package.json').version);
console.log('corpus name', require('../package.json').name);
console.log('fixture', JSON.stringify(require('./fixtures/data.json')));
console.log('cached', require('./fixtures/data.json') === require('./fixtures/data.json'));
try {
  require('./fixtures/bad.json');
} catch (error) {
  console.log('bad json', error.name, error.code);
}
