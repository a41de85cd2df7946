// mustache through require ("require" condition: mustache.js, UMD).
'use strict';
const Mustache = require('mustache');
console.log(Mustache.render('{{#list}}{{.}},{{/list}} {{a.b}}', { list: [1, 2, 3], a: { b: '<x>' } }));
Mustache.escape = (s) => s;  // the documented way to turn escaping off
console.log(Mustache.render('{{v}}', { v: '<raw>' }), typeof Mustache.Writer, typeof Mustache.clearCache);
