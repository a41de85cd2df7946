// Helper for esm_throw_in_import.mjs.
console.log('throws.mjs evaluating');
throw new Error('dependency failed');
