// Delays 0, negative, NaN, non-numeric strings, undefined, null, false,
// objects are all clamped to 1 ms and run in creation order. Numeric strings
// are converted. (Timers are created in increasing delay order so that a
// descheduled main script cannot reorder them.)
setTimeout(() => console.log('0'), 0);
setTimeout(() => console.log('-10'), -10);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('string "abc"'), 'abc');
setTimeout(() => console.log('omitted'));
setTimeout(() => console.log('undefined'), undefined);
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log('false'), false);
setTimeout(() => console.log('object'), {});
setTimeout(() => console.log('1'), 1);
setTimeout(() => console.log('string "5"'), '5');
setTimeout(() => console.log('{valueOf: 10}'), { valueOf() { return 10; } });
setTimeout(() => console.log('string "15"'), '15');
