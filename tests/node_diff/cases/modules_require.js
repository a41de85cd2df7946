// CommonJS resolution and loading (fixture package in modules/).
require('./modules/app/require_main.js');
