// console.log/info/debug write to stdout; console.error/warn go to stderr.
console.log('log');
console.error('error (stderr)');
console.info('info');
console.warn('warn (stderr)');
console.debug('debug');
console.log('numbers', 1, 2.5, -0, NaN, 'and', true, null, undefined);
console.log([1, 2, 3]);
console.log(['a', 'b']);
console.log({ a: 1, b: 'two' });
console.log();
console.log('multi\nline');
