// node:internal/assertion_error: assert's AssertionError, with Node 20's
// messages: "Expected values to be strictly equal:" and the rest, and the
// line diff of (strict)deepEqual failures (Node 20's line-by-line
// algorithm, not the Myers diff of Node 22). There are no colours: isohost
// has no TTY to show them on (Node too prints none when stderr is a pipe).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { validateObject } = require('node:internal/errors');

  let inspect;  // node:util's, loaded on first use
  const lazyInspect = () => (inspect ??= require('node:util').inspect);

  const kReadableOperator = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject:
      'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  };

  const kMaxShortLength = 12;
  const kTerminalColumns = 80;  // Node's width when stderr is no TTY

  // The error's own message (not enumerable) kept on a plain copy, so the
  // diff shows it.
  function copyError(source) {
    const target = Object.assign({ __proto__: Object.getPrototypeOf(source) },
                                 source);
    Object.defineProperty(target, 'message', { value: source.message });
    return target;
  }

  function inspectValue(value) {
    return lazyInspect()(value, {
      compact: false, customInspect: false, depth: 1000,
      maxArrayLength: Infinity, showHidden: false, showProxy: false,
      sorted: true, getters: true,
    });
  }

  // Lines `from` of a list that stayed identical, printed around a change:
  // up to two before it are kept, a third and fourth too when there are
  // five, otherwise "...".
  function identicalContext(lines, i, identical, state) {
    let text = '';
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            text += `\n  ${lines[i - 3]}`;
            state.printed++;
          } else {
            text += '\n...';
            state.skipped = true;
          }
        }
        text += `\n  ${lines[i - 2]}`;
        state.printed++;
      }
      text += `\n  ${lines[i - 1]}`;
      state.printed++;
    }
    return text;
  }

  function createErrDiff(actual, expected, operator, message = '') {
    let other = '';
    let result = '';
    let end = '';
    const state = { printed: 0, skipped: false };
    const actualInspected = inspectValue(actual);
    const actualLines = actualInspected.split('\n');
    const expectedLines = inspectValue(expected).split('\n');
    let i = 0;
    let indicator = '';

    if (operator === 'strictEqual' &&
        ((typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null) ||
         (typeof actual === 'function' && typeof expected === 'function'))) {
      operator = 'strictEqualObject';
    }
    const header = message || kReadableOperator[operator];

    // One line each: short primitives read "a !== b"; longer ones get a
    // caret under the first differing column.
    if (actualLines.length === 1 && expectedLines.length === 1 &&
        actualLines[0] !== expectedLines[0]) {
      const inputLength = actualLines[0].length + expectedLines[0].length;
      if (inputLength <= kMaxShortLength) {
        if ((typeof actual !== 'object' || actual === null) &&
            (typeof expected !== 'object' || expected === null) &&
            (actual !== 0 || expected !== 0)) {
          return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
        }
      } else if (operator !== 'strictEqualObject' &&
                 inputLength < kTerminalColumns) {
        while (actualLines[0][i] === expectedLines[0][i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }

    // Identical trailing lines: the last three are kept as they are.
    let a = actualLines[actualLines.length - 1];
    let b = expectedLines[expectedLines.length - 1];
    while (a === b) {
      if (i++ < 3) end = `\n  ${a}${end}`;
      else other = a;
      actualLines.pop();
      expectedLines.pop();
      if (actualLines.length === 0 || expectedLines.length === 0) break;
      a = actualLines[actualLines.length - 1];
      b = expectedLines[expectedLines.length - 1];
    }

    const maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
      // Everything matched: the values only differ by identity.
      const lines = actualInspected.split('\n');
      if (lines.length > 50) {
        lines[46] = '...';
        lines.length = 47;
      }
      return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
    }
    if (i >= 5) {
      end = `\n...${end}`;
      state.skipped = true;
    }
    if (other !== '') {
      end = `\n  ${other}${end}`;
      other = '';
    }

    const head = `${header}\n+ actual - expected`;
    const skippedNote = ' ... Lines skipped';
    let lines = actualLines;
    let plusMinus = '+';
    let shorter = expectedLines.length;
    if (actualLines.length < maxLines) {
      lines = expectedLines;
      plusMinus = '-';
      shorter = actualLines.length;
    }
    let identical = 0;
    for (i = 0; i < maxLines; i++) {
      if (shorter < i + 1) {
        // Past the end of the shorter side: the rest only exists in one.
        result += identicalContext(lines, i, identical, state);
        identical = 0;
        if (lines === actualLines) result += `\n${plusMinus} ${lines[i]}`;
        else other += `\n${plusMinus} ${lines[i]}`;
        state.printed++;
      } else {
        const expectedLine = expectedLines[i];
        let actualLine = actualLines[i];
        // A trailing comma alone does not make two lines differ.
        let diverging = actualLine !== expectedLine &&
          (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
        if (diverging && expectedLine.endsWith(',') &&
            expectedLine.slice(0, -1) === actualLine) {
          diverging = false;
          actualLine += ',';
        }
        if (diverging) {
          result += identicalContext(actualLines, i, identical, state);
          identical = 0;
          result += `\n+ ${actualLine}`;
          other += `\n- ${expectedLine}`;
          state.printed += 2;
        } else {
          result += other;
          other = '';
          identical++;
          if (identical <= 2) {
            result += `\n  ${actualLine}`;
            state.printed++;
          }
        }
      }
      if (state.printed > 50 && i < maxLines - 2) {
        return `${head}${skippedNote}\n${result}\n...${other}\n...`;
      }
    }
    return `${head}${state.skipped ? skippedNote : ''}\n${result}${other}` +
      `${end}${indicator}`;
  }

  // The message for an operator without a message of the user's.
  function generatedMessage(actual, expected, operator) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      return createErrDiff(actual, expected, operator);
    }
    if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = kReadableOperator[operator];
      const lines = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' &&
          ((typeof actual === 'object' && actual !== null) ||
           typeof actual === 'function')) {
        base = kReadableOperator.notStrictEqualObject;
      }
      if (lines.length > 50) {
        lines[46] = '...';
        lines.length = 47;
      }
      if (lines.length === 1) {
        return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
      }
      return `${base}\n\n${lines.join('\n')}\n`;
    }
    let shownActual = inspectValue(actual);
    let shownExpected = inspectValue(expected);
    const known = kReadableOperator[operator];
    if (operator === 'notDeepEqual' && shownActual === shownExpected) {
      let text = `${known}\n\n${shownActual}`;
      if (text.length > 1024) text = `${text.slice(0, 1021)}...`;
      return text;
    }
    if (shownActual.length > 512) shownActual = `${shownActual.slice(0, 509)}...`;
    if (shownExpected.length > 512) {
      shownExpected = `${shownExpected.slice(0, 509)}...`;
    }
    if (operator === 'deepEqual') {
      shownActual = `${known}\n\n${shownActual}\n\nshould loosely deep-equal\n\n`;
    } else {
      const unequal = kReadableOperator[`${operator}Unequal`];
      if (unequal) {
        shownActual = `${unequal}\n\n${shownActual}\n\nshould not loosely ` +
          'deep-equal\n\n';
      } else {
        shownExpected = ` ${operator} ${shownExpected}`;
      }
    }
    return `${shownActual}${shownExpected}`;
  }

  // Long strings are cut for inspect (ten lines or 512 characters).
  function addEllipsis(string) {
    const lines = string.split('\n', 11);
    if (lines.length > 10) {
      lines.length = 10;
      return `${lines.join('\n')}\n...`;
    }
    if (string.length > 512) return `${string.slice(512)}...`;
    return string;
  }

  class AssertionError extends Error {
    constructor(options) {
      validateObject(options, 'options');
      const {
        message, operator, stackStartFn, details, stackStartFunction,
      } = options;
      let { actual, expected } = options;
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      let text;
      if (message != null) {
        text = operator === 'deepStrictEqual' || operator === 'strictEqual' ?
          createErrDiff(actual, expected, operator, message) : String(message);
      } else {
        if (typeof actual === 'object' && actual !== null &&
            typeof expected === 'object' && expected !== null &&
            'stack' in actual && actual instanceof Error &&
            'stack' in expected && expected instanceof Error) {
          actual = copyError(actual);
          expected = copyError(expected);
        }
        text = generatedMessage(actual, expected, operator);
      }
      super(text);
      Error.stackTraceLimit = limit;

      this.generatedMessage = !message;
      Object.defineProperty(this, 'name', {
        value: 'AssertionError [ERR_ASSERTION]',
        enumerable: false, writable: true, configurable: true,
      });
      this.code = 'ERR_ASSERTION';
      if (details) {
        this.actual = undefined;
        this.expected = undefined;
        this.operator = undefined;
        for (let i = 0; i < details.length; i++) {
          this[`message ${i}`] = details[i].message;
          this[`actual ${i}`] = details[i].actual;
          this[`expected ${i}`] = details[i].expected;
          this[`operator ${i}`] = details[i].operator;
          this[`stack trace ${i}`] = details[i].stack;
        }
      } else {
        this.actual = actual;
        this.expected = expected;
        this.operator = operator;
      }
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
      // eslint-disable-next-line no-unused-expressions
      this.stack;  // formatted now, with the code in its first line
      this.name = 'AssertionError';
    }

    toString() {
      return `${this.name} [${this.code}]: ${this.message}`;
    }

    [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
      const { actual, expected } = this;
      if (typeof actual === 'string') this.actual = addEllipsis(actual);
      if (typeof expected === 'string') this.expected = addEllipsis(expected);
      const result = lazyInspect()(this, { ...ctx, customInspect: false, depth: 0 });
      this.actual = actual;
      this.expected = expected;
      return result;
    }
  }

  module.exports = { AssertionError, inspectValue };
});
