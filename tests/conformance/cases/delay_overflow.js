// Delays above 2^31-1 ms (and Infinity) become 1 ms (Node also prints a
// TimeoutOverflowWarning on stderr); 2^31-1 itself is a real (long) delay.
setTimeout(() => console.log('Infinity'), Infinity);
setTimeout(() => console.log('2^31'), 2 ** 31);
setTimeout(() => console.log('1 ms'), 1);
const long = setTimeout(() => console.log('2^31 - 1 (never, cleared)'), 2 ** 31 - 1);
setTimeout(() => {
  console.log('20 ms');
  clearTimeout(long);
}, 20);
