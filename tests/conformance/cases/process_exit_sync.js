// process.exit(2) during the main script: nothing after it runs.
console.log('before');
process.nextTick(() => console.log('nextTick (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
process.exit(2);
console.log('after (never)');
