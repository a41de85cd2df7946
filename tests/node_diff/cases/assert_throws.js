// node:assert throws / doesNotThrow / rejects / doesNotReject with every
// kind of expectation: classes, RegExps, validation objects (with nested
// RegExps), validation functions, messages, and the argument errors.
const assert = require('assert');

// Stack frames (they name Node's and isohost's internals) are left out.
const withoutFrames = (text) => String(text).split('\n')
  .filter((line) => !/^[-+]?\s+at /.test(line)).join('\n');
const show = (e) => `${e?.name} ${e?.code} ${e?.generatedMessage} ${e?.operator}\n` +
  JSON.stringify(withoutFrames(e?.message));
function run(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${show(e)}`);
  }
}
async function runAsync(label, fn) {
  try {
    await fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${show(e)}`);
  }
}

class MyError extends Error {
  constructor(message, code) { super(message); this.name = 'MyError'; this.code = code; }
}
const throwing = (value) => () => { throw value; };
const thrownValues = [
  new Error('plain'), new TypeError('typed'), new MyError('mine', 'E_MINE'), 'a string', 42, null,
  undefined, { message: 'object', code: 7 }, Object.assign(new Error('with props'), { status: 404, info: { deep: [1, 2] } }),
];
const expectations = [
  undefined, Error, TypeError, MyError, RangeError, /plain/, /^Error: plain$/, /typed|mine/, /nomatch/,
  { message: 'plain' }, { message: /pl/ }, { name: 'TypeError' }, { name: 'TypeError', message: 'typed' },
  { code: 'E_MINE' }, { code: /E_/ }, { message: 'object', code: 7 }, { status: 404 },
  { status: 404, info: { deep: [1, 2] } }, { status: 404, info: { deep: [1, 3] } }, { info: /x/ },
  new Error('plain'), new TypeError('typed'), (e) => e instanceof Error, (e) => e === 42,
  function validator(e) { return e?.message === 'mine'; }, () => 'not true', () => undefined,
  function namedFalse() { return false; },
];
for (const [i, value] of thrownValues.entries()) {
  for (const [j, expected] of expectations.entries()) {
    run(`throws #${i} #${j}`, () => assert.throws(throwing(value), expected));
    run(`doesNotThrow #${i} #${j}`, () => {
      if (typeof expected === 'function' || expected instanceof RegExp || expected === undefined) {
        assert.doesNotThrow(throwing(value), expected);
      } else {
        assert.doesNotThrow(throwing(value));
      }
    });
  }
}
run('throws message', () => assert.throws(throwing(new Error('x')), TypeError, 'my message'));
run('throws no throw', () => assert.throws(() => {}));
run('throws no throw class', () => assert.throws(() => {}, TypeError));
run('throws no throw message', () => assert.throws(() => {}, 'should have thrown'));
run('throws no throw class+message', () => assert.throws(() => {}, TypeError, 'with both'));
run('throws string identical message', () => assert.throws(throwing(new Error('same')), 'same'));
run('throws string identical value', () => assert.throws(throwing('same'), 'same'));
run('throws string error + message', () => assert.throws(throwing(new Error('x')), 'err', 'msg'));
run('throws bad error arg', () => assert.throws(throwing(new Error('x')), 5));
run('throws empty object', () => assert.throws(throwing(new Error('x')), {}));
run('throws not a function', () => assert.throws('nope'));
run('throws validation against primitive', () => assert.throws(throwing('str'), { message: 'x' }));
run('throws same name other prototype', () => assert.throws(throwing(new (class TypeError extends Error {})('fake')), TypeError));
run('throws non-error instance check', () => assert.throws(throwing({ a: 1 }), RangeError));
run('throws message-less error', () => assert.throws(throwing(new Error()), TypeError));
run('doesNotThrow message', () => assert.doesNotThrow(throwing(new Error('x')), 'unwanted'));
run('doesNotThrow other class', () => assert.doesNotThrow(throwing(new Error('x')), TypeError));
run('doesNotThrow bad expected', () => assert.doesNotThrow(throwing(new Error('x')), { a: 1 }));
run('doesNotThrow ok', () => assert.doesNotThrow(() => 1));

async function main() {
  await runAsync('rejects', () => assert.rejects(Promise.reject(new Error('rej')), /rej/));
  await runAsync('rejects fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await runAsync('rejects wrong', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await runAsync('rejects resolves', () => assert.rejects(Promise.resolve(1)));
  await runAsync('rejects resolves message', () => assert.rejects(Promise.resolve(1), 'expected rejection'));
  await runAsync('rejects object', () => assert.rejects(Promise.reject(new MyError('m', 'C')), { code: 'C', message: 'm' }));
  await runAsync('rejects object wrong', () => assert.rejects(Promise.reject(new MyError('m', 'C')), { code: 'D' }));
  await runAsync('rejects not promise', () => assert.rejects(() => 5));
  await runAsync('rejects bad arg', () => assert.rejects(5));
  await runAsync('rejects thenable', () => assert.rejects({ then(r, j) { j(new Error('thenable')); }, catch() {} }, /thenable/));
  await runAsync('rejects sync throw', () => assert.rejects(() => { throw new Error('sync'); }));
  await runAsync('doesNotReject', () => assert.doesNotReject(Promise.resolve(1)));
  await runAsync('doesNotReject fails', () => assert.doesNotReject(Promise.reject(new Error('nope'))));
  await runAsync('doesNotReject message', () => assert.doesNotReject(async () => { throw new Error('x'); }, 'msg'));
  await runAsync('doesNotReject other class', () => assert.doesNotReject(Promise.reject(new Error('x')), TypeError));
  await runAsync('doesNotReject not promise', () => assert.doesNotReject(() => 1));
  const p = assert.rejects(Promise.reject(new Error('is a promise')));
  console.log(p instanceof Promise);
  await p;
}
main().then(() => console.log('done'));
