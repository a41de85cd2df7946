// expect: normal
// Tampering with built-ins stays in this runtime: the runner's next
// worker checks that its own Array, Object and JSON are untouched.
Array.prototype.push = () => { throw new Error('tampered'); };
Object.prototype.polluted = true;
JSON.stringify = () => 'tampered';
globalThis.Promise = null;
