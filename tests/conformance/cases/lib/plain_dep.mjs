// Helper for esm_tla_dependency.mjs.
console.log('plain_dep evaluated');
export const plain = 'plain';
