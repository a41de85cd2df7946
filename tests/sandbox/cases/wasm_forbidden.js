// expect: normal
// limits: allow_wasm=0
if (typeof WebAssembly !== 'undefined') throw new Error('WebAssembly is there');
