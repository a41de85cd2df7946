// Helper for esm_static_import_live.mjs: exports a live binding.
console.log('lib/counter.mjs evaluated');
export let count = 0;
export function increment() {
  count++;
}
export default function label() {
  return 'counter is ' + count;
}
