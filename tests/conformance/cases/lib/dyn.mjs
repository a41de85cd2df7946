// Helper for esm_dynamic_import.mjs.
console.log('lib/dyn.mjs evaluated');
export const value = 'dynamic value';
export default 42;
