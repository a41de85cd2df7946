// Static import of a relative helper; exported `let` bindings are live.
import label, { count, increment } from './lib/counter.mjs';
import * as ns from './lib/counter.mjs';
console.log('main start, count =', count);
increment();
increment();
console.log('after 2 increments, count =', count, 'ns.count =', ns.count);
console.log(label());
try {
  // Imported bindings are read-only.
  ns.count = 100;
} catch (e) {
  console.log('assigning to namespace throws TypeError:', e instanceof TypeError);
}
console.log(Object.keys(ns).sort().join(','));
