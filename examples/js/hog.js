// Grows the heap until something stops it.
const keep = [];
console.log('allocating...');
for (;;) keep.push({ index: keep.length, text: 'item ' + keep.length });
