// node:assert: ok/equal/strictEqual and friends, fail, ifError, match,
// AssertionError's fields, assert.strict, node:assert/strict, CallTracker.
const assert = require('assert');
const strict = require('assert/strict');

function run(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e.generatedMessage} ${String(e.operator)}`);
    console.log(JSON.stringify(e.message));
  }
}

console.log(Object.keys(assert).join(' '));
console.log(Object.keys(assert.strict).join(' '));
console.log(strict === assert.strict, assert.strict.strict === assert.strict,
            require('node:assert') === assert, strict.equal === assert.strictEqual,
            strict.deepEqual === assert.deepStrictEqual, typeof assert.AssertionError);

// ok and its generated messages (the expression is taken from this file).
run('ok(true)', () => assert.ok(true));
run('ok()', () => assert.ok());
run('assert()', () => assert());
run('ok(false)', () => assert.ok(false));
run('ok(0)', () => assert(0));
run('ok("")', () => assert.ok(''));
run('ok(null, msg)', () => assert.ok(null, 'custom message'));
run('ok(NaN, undefined)', () => assert.ok(NaN, undefined));
run('ok(error msg)', () => assert.ok(false, new RangeError('thrown as is')));
run('ok expression', () => { assert.ok(typeof 123 === 'string'); });
run('ok multi-line', () => {
  assert.ok(
    [1, 2].includes(3),
    undefined,
  );
});
run('ok nested', () => { const check = (v) => assert(v); check([].length); });
run('strict ok', () => { strict(0); });
run('strict.ok', () => { strict.ok(null); });
run('ok template', () => { assert(`${1}` === 'one'); });
run('ok member', () => { assert['ok'](0 > 1); });

// equal / notEqual (loose).
const pairs = [
  [1, 1], [1, '1'], [1, 2], [NaN, NaN], [0, -0], [null, undefined], [null, 0], ['', 0],
  ['a', 'a'], [{}, {}], [[], ''], [true, 1], [Symbol.for('s'), Symbol.for('s')], [1n, 1],
  ['a'.repeat(40), 'b'.repeat(40)], [{ a: 1 }, '[object Object]'], [undefined, undefined],
];
for (const [a, b] of pairs) {
  for (const name of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual']) {
    run(`${name}(${typeof a}, ${typeof b})`, () => assert[name](a, b));
  }
}
// strictEqual diffs of different shapes.
const shapes = [
  ['abc', 'abd'], ['a'.repeat(20), 'a'.repeat(19) + 'b'], ['short', 'strings'],
  [12345, 123456], [{ a: 1 }, { a: 1 }], [[1, 2, 3], [1, 2, 3]], [() => {}, () => {}],
  ['line1\nline2\nline3', 'line1\nlineX\nline3'], [1, '1'], [null, undefined],
  [{ a: 1, b: { c: [1, 2, 3] } }, { a: 1, b: { c: [1, 2, 4] } }], [-0, 0], [0, -0],
  [1.5, 2.5], [true, false], ['x'.repeat(100), 'y'], [Symbol('a'), Symbol('a')],
  [new Date(0), new Date(0)], [Object.create(null), Object.create(null)],
];
for (const [a, b] of shapes) {
  run(`strictEqual shape ${typeof a}`, () => assert.strictEqual(a, b));
  run(`notStrictEqual shape ${typeof a}`, () => assert.notStrictEqual(a, a));
}
run('strictEqual msg', () => assert.strictEqual(1, 2, 'my message'));
run('strictEqual error msg', () => assert.strictEqual(1, 2, new TypeError('mine')));
run('deepStrictEqual msg', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep message'));
run('equal msg', () => assert.equal(1, 2, 'loose message'));
run('missing args', () => assert.strictEqual(1));
run('missing args equal', () => assert.equal());
run('missing args deep', () => assert.deepEqual({}));

// fail.
run('fail()', () => assert.fail());
run('fail(msg)', () => assert.fail('boom'));
run('fail(error)', () => assert.fail(new TypeError('own error')));
run('fail(a, b)', () => assert.fail(1, 2));
run('fail(a, b, msg)', () => assert.fail(1, 2, 'with message'));
run('fail(a, b, undefined, op)', () => assert.fail(1, 2, undefined, '>'));
run('fail(null)', () => assert.fail(null));

// ifError.
for (const value of [null, undefined, new Error('problem'), new TypeError(''), 'string', 0, false, { message: 'obj' }, { message: 5 }]) {
  run(`ifError(${typeof value})`, () => assert.ifError(value));
}

// match / doesNotMatch.
run('match', () => assert.match('abc', /b/));
run('match fail', () => assert.match('abc', /x/));
run('match non-string', () => assert.match(123, /1/));
run('match bad regexp', () => assert.match('abc', 'b'));
run('match msg', () => assert.match('abc', /x/, 'no x'));
run('match error msg', () => assert.match('abc', /x/, new Error('own')));
run('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
run('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));
run('doesNotMatch non-string', () => assert.doesNotMatch({}, /b/));
run('match long', () => assert.match('x'.repeat(200), /y/));

// AssertionError directly.
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage, JSON.stringify(e.message));
console.log(Object.keys(e), String(e), e instanceof Error, Object.prototype.toString.call(e));
console.log(new assert.AssertionError({ message: 'given' }).message, new assert.AssertionError({ message: 'given' }).generatedMessage);
console.log(JSON.stringify(new assert.AssertionError({ actual: [1], expected: [2], operator: 'deepEqual' }).message));
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 2, operator: '>' }).message));
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 2 }).message));
run('AssertionError()', () => new assert.AssertionError());
run('AssertionError(1)', () => new assert.AssertionError(1));
const inspected = require('util').inspect(new assert.AssertionError({ actual: 'a\n'.repeat(20), expected: 'b', operator: 'strictEqual' }));
console.log(inspected.split('\n').filter((line) => !line.trimStart().startsWith('at ')).join('\n'));

// CallTracker (deprecated, still there).
const tracker = new assert.CallTracker();
function foo(x) { return x * 2; }
const tracked = tracker.calls(foo, 2);
console.log(tracked(2), tracker.getCalls(tracked));
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator]));
run('verify', () => tracker.verify());
tracked(3);
run('verify ok', () => tracker.verify());
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length);
run('calls(0)', () => tracker.calls(foo, 0));
run('getCalls(foo)', () => tracker.getCalls(foo));
const two = new assert.CallTracker();
two.calls(2);
two.calls(() => {}, 3);
run('verify many', () => two.verify());
