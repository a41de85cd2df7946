// An ES module that throws at top level: exit code 1.
console.log('before throw');
setTimeout(() => console.log('timer (never)'), 0);
throw new Error('module top-level boom');
