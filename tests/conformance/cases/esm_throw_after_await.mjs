// A module that throws after a top-level await: exit code 1.
console.log('before await');
await new Promise((r) => setTimeout(r, 1));
console.log('after await');
setTimeout(() => console.log('timer (never)'), 5);
throw new Error('thrown after TLA');
