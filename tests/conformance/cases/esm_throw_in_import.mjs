// A statically imported module that throws: the importer never runs, exit 1.
import './lib/throws.mjs';
console.log('main (never)');
