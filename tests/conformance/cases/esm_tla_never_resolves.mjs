// Top-level await of a promise that never settles: once the loop is empty
// Node exits with code 13 (and a warning on stderr).
console.log('before');
setTimeout(() => console.log('timer still runs'), 1);
await new Promise(() => {});
console.log('after (never)');
