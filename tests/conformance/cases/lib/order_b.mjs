// Helper for esm_eval_order.mjs.
console.log('order_b evaluated');
export const b = 'B';
