// Helper for esm_cycle.mjs: cycle_b evaluates before cycle_a finishes.
import { fromA, aValue } from './cycle_a.mjs';
console.log('cycle_b evaluated');
console.log('cycle_b: hoisted function fromA() works:', fromA());
try {
  console.log(aValue);
} catch (e) {
  console.log('cycle_b: aValue in TDZ throws ReferenceError:', e instanceof ReferenceError);
}
export function fromB() {
  return 'fromB sees ' + aValue;
}
export const bValue = 'b-value';
