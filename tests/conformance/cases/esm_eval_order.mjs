// Imported modules' top-level code runs first, depth-first in import order,
// each module once.
import { a } from './lib/order_a.mjs';
import { c } from './lib/order_c.mjs';
import { b } from './lib/order_b.mjs';
console.log('main evaluated', a, b, c);
