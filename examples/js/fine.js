// Behaves.
console.log('hello from a well-behaved script', 6 * 7);
