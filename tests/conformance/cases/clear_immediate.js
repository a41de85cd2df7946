// clearImmediate of a queued immediate, also from another immediate in the
// same batch.
const a = setImmediate(() => console.log('a (never)'));
clearImmediate(a);
let c;
setImmediate(() => {
  console.log('b');
  clearImmediate(c);
});
c = setImmediate(() => console.log('c (never)'));
setImmediate(() => console.log('d'));
clearImmediate(undefined);
console.log('sync');
