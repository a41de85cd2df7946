// queueMicrotask ignores extra arguments and rejects non-functions.
queueMicrotask(function () { console.log('args', arguments.length); }, 1, 2);
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log('queueMicrotask(string) throws TypeError:', e instanceof TypeError);
}
try {
  setTimeout('console.log(1)', 1);
} catch (e) {
  console.log('setTimeout(string) throws TypeError:', e instanceof TypeError);
}
try {
  setImmediate(null);
} catch (e) {
  console.log('setImmediate(null) throws TypeError:', e instanceof TypeError);
}
try {
  process.nextTick(123);
} catch (e) {
  console.log('nextTick(number) throws TypeError:', e instanceof TypeError);
}
console.log('sync');
