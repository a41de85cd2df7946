// Helper for esm_eval_order.mjs; also imports order_b (evaluated once).
import { b } from './order_b.mjs';
console.log('order_c evaluated, sees b =', b);
export const c = 'C';
