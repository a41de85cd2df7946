// Helper for esm_tla_dependency.mjs: a dependency with top-level await.
console.log('tla_dep start');
await new Promise((r) => setTimeout(r, 5));
export const ready = 'tla_dep ready';
console.log('tla_dep end');
