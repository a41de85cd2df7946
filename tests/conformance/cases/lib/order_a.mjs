// Helper for esm_eval_order.mjs; imports order_b first.
import './order_b.mjs';
console.log('order_a evaluated');
export const a = 'A';
