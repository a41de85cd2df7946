// process.argv holds at least the executable and the script.
console.log(Array.isArray(process.argv));
console.log(process.argv.length >= 2);
console.log(process.argv.every((a) => typeof a === 'string'));
