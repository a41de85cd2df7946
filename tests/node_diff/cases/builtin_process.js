// require('process') and require('node:process') are the global process.
console.log(require('process') === process, require('node:process') === process);
