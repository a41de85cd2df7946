// Helper for esm_cycle.mjs: cycle_a <-> cycle_b.
import { fromB, bValue } from './cycle_b.mjs';
console.log('cycle_a evaluated, bValue =', bValue);
export function fromA() {
  return 'fromA';
}
export const aValue = 'a-value';
export function callB() {
  return fromB();
}
