// node:internal/assert_ok: assert.ok() / assert() and the message Node
// gives a falsy call without a message of its own:
//     The expression evaluated to a falsy value:
//
//       assert.ok(typeof x === 'string')
//
// Node re-reads the caller's file and parses it with acorn; isohost reads
// no file: V8 still has the running script's text (the 'util' binding's
// scriptSource), and a small scanner finds the call around the position
// V8 reports: its callee chain back to the start of that line (as Node's
// parse, which starts there) and its arguments up to the matching ')'
// (strings, template literals, comments and regular expressions skipped).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { AssertionError } = require('node:internal/assertion_error');
  const utilBinding = binding('util');

  const cache = new Map();
  const isIdentifierChar = (ch) => ch !== undefined && /[\w$\u0080-\uffff]/.test(ch);
  const isSpace = (ch) => ch === ' ' || ch === '\t';
  // Words that end a callee chain when a bracket follows them.
  const keywords = new Set([
    'return', 'typeof', 'void', 'delete', 'await', 'yield', 'new', 'in', 'of',
    'instanceof', 'case', 'do', 'else', 'throw', 'if', 'while', 'for',
    'switch', 'catch', 'with',
  ]);

  // The frame that called `fn`: [fileName, line, column] (1-based).
  function callerOf(fn) {
    const savedPrepare = Error.prepareStackTrace;
    const savedLimit = Error.stackTraceLimit;
    let frames;
    try {
      Error.stackTraceLimit = 1;
      Error.prepareStackTrace = (_, callSites) => callSites;
      const holder = {};
      Error.captureStackTrace(holder, fn);
      frames = holder.stack;
    } finally {
      Error.prepareStackTrace = savedPrepare;
      Error.stackTraceLimit = savedLimit;
    }
    if (!Array.isArray(frames) || frames.length === 0) return undefined;
    const call = frames[0];
    return [call.getFileName(), call.getLineNumber(), call.getColumnNumber()];
  }

  // Backwards from `end` (exclusive) over one bracketed group; the index of
  // its opening bracket, or -1.
  function groupStart(source, end, lineStart) {
    const close = source[end - 1];
    const open = close === ')' ? '(' : '[';
    let depth = 0;
    for (let i = end - 1; i >= lineStart; i--) {
      if (source[i] === close) depth++;
      else if (source[i] === open && --depth === 0) return i;
    }
    return -1;
  }

  // The start of the callee chain that ends at `offset` ("a.b.c" in
  // "a.b.c(", "x[0]" in "x[0](").
  function calleeStart(source, lineStart, offset) {
    let start = offset;
    let lastWasGroup = false;
    let atom = (end) => {
      if (source[end - 1] === ')' || source[end - 1] === ']') {
        const open = groupStart(source, end, lineStart);
        return open < 0 ? undefined : { start: open, group: true };
      }
      let i = end;
      while (i > lineStart && isIdentifierChar(source[i - 1])) i--;
      return i === end ? undefined : { start: i, group: false };
    };
    if (source[offset] === '(') {
      // V8 points at the arguments: the callee is just before them.
      let end = offset;
      while (end > lineStart && isSpace(source[end - 1])) end--;
      const first = atom(end);
      if (first === undefined) return offset;
      start = first.start;
      lastWasGroup = first.group;
    }
    for (;;) {
      let end = start;
      while (end > lineStart && isSpace(source[end - 1])) end--;
      if (source[end - 1] === '.') {
        end--;
        if (source[end - 1] === '?') end--;
        while (end > lineStart && isSpace(source[end - 1])) end--;
      } else if (!lastWasGroup ||
                 !(isIdentifierChar(source[end - 1]) || source[end - 1] === ')' ||
                   source[end - 1] === ']')) {
        return start;
      }
      const previous = atom(end);
      if (previous === undefined) return start;
      if (!previous.group && keywords.has(source.slice(previous.start, end))) {
        return start;
      }
      start = previous.start;
      lastWasGroup = previous.group;
    }
  }

  // Forwards from the opening '(' at `open`: the index after its ')'.
  function argumentsEnd(source, open) {
    const stack = [];
    let regexAllowed = true;
    for (let i = open; i < source.length; i++) {
      const ch = source[i];
      if (ch === '"' || ch === "'") {
        i = skipString(source, i);
        regexAllowed = false;
        continue;
      }
      if (ch === '`') {
        stack.push('`');
        regexAllowed = false;
        i = skipTemplate(source, i + 1, stack);
        if (i < 0) return -1;
        continue;
      }
      if (ch === '/' && source[i + 1] === '/') {
        const newline = source.indexOf('\n', i);
        if (newline < 0) return -1;
        i = newline;
        continue;
      }
      if (ch === '/' && source[i + 1] === '*') {
        const close = source.indexOf('*/', i + 2);
        if (close < 0) return -1;
        i = close + 1;
        continue;
      }
      if (ch === '/' && regexAllowed) {
        i = skipRegExp(source, i);
        if (i < 0) return -1;
        regexAllowed = false;
        continue;
      }
      if (ch === '(' || ch === '[' || ch === '{') {
        stack.push(ch);
      } else if (ch === ')' || ch === ']' || ch === '}') {
        const top = stack.pop();
        if (top === '${') {
          // Back inside a template literal.
          i = skipTemplate(source, i + 1, stack);
          if (i < 0) return -1;
          continue;
        }
        if (stack.length === 0) return ch === ')' ? i + 1 : -1;
      }
      if (!isSpace(ch) && ch !== '\n' && ch !== '\r') {
        regexAllowed = !(isIdentifierChar(ch) || ch === ')' || ch === ']');
      }
    }
    return -1;
  }

  function skipString(source, i) {
    const quote = source[i];
    for (i++; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === quote || source[i] === '\n') return i;
    }
    return i;
  }

  // From inside a template literal: the index of its closing '`' (popped
  // from `stack`), or of the '{' of a '${' (then '${' is pushed).
  function skipTemplate(source, i, stack) {
    for (; i < source.length; i++) {
      if (source[i] === '\\') {
        i++;
      } else if (source[i] === '`') {
        stack.pop();
        return i;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        stack.push('${');
        return i + 1;
      }
    }
    return -1;
  }

  function skipRegExp(source, i) {
    let inClass = false;
    for (i++; i < source.length; i++) {
      const ch = source[i];
      if (ch === '\\') i++;
      else if (ch === '\n') return -1;
      else if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
    }
    while (isIdentifierChar(source[i + 1])) i++;
    return i;
  }

  // The index of the first character at or after `i` that is neither
  // white space nor inside a comment.
  function skipBlank(source, i) {
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i++;
      if (source[i] === '/' && source[i + 1] === '*') {
        const close = source.indexOf('*/', i + 2);
        if (close < 0) return source.length;
        i = close + 2;
      } else if (source[i] === '/' && source[i + 1] === '/') {
        const newline = source.indexOf('\n', i);
        if (newline < 0) return source.length;
        i = newline + 1;
      } else {
        return i;
      }
    }
  }

  // [startColumn, code] of the call at line/column (1-based) of `source`.
  function findCall(source, line, column) {
    let lineStart = 0;
    for (let l = 1; l < line; l++) {
      lineStart = source.indexOf('\n', lineStart) + 1;
      if (lineStart === 0) return undefined;
    }
    const offset = lineStart + column - 1;
    const start = calleeStart(source, lineStart, offset);
    let open = offset;
    while (isIdentifierChar(source[open])) open++;
    open = skipBlank(source, open);
    if (source[open] === '?' && source[open + 1] === '.') {
      open = skipBlank(source, open + 2);
    }
    if (source[open] !== '(') return undefined;
    const end = argumentsEnd(source, open);
    if (end < 0) return undefined;
    return [start - lineStart, source.slice(start, end)];
  }

  const controlCharacter = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
  const escapeControl = (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 8) return '\\b';
    if (code === 12) return '\\f';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  };

  function falsyMessage(fn) {
    const caller = callerOf(fn);
    if (caller === undefined || !caller[0]) return undefined;
    const [fileName, line, column] = caller;
    const key = `${fileName}\n${line}\n${column}`;
    if (cache.has(key)) return cache.get(key);
    let message;
    // Node does not look into its own modules.
    if (!fileName.startsWith('node:') && !fileName.startsWith('internal:')) {
      const source = utilBinding.scriptSource(fileName);
      const found = typeof source === 'string' ?
        findCall(source, line, column) : undefined;
      if (found !== undefined) {
        const [startColumn, code] = found;
        let text = code.replace(/\r\n/g, '\n').replace(controlCharacter, escapeControl);
        if (text.includes('\n')) {
          // Later lines lose the indentation the first one had.
          const [first, ...rest] = text.split('\n');
          text = first;
          for (const frame of rest) {
            let pos = 0;
            while (pos < startColumn && isSpace(frame[pos])) pos++;
            text += `\n  ${frame.slice(pos)}`;
          }
        }
        message = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
      }
    }
    cache.set(key, message);
    return message;
  }

  function isError(value) {
    return Object.prototype.toString.call(value) === '[object Error]' ||
      value instanceof Error;
  }

  function innerOk(fn, argLen, value, message) {
    if (value) return;
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = falsyMessage(fn);
    } else if (isError(message)) {
      throw message;
    }
    const error = new AssertionError({
      actual: value, expected: true, message, operator: '==', stackStartFn: fn,
    });
    error.generatedMessage = generatedMessage;
    throw error;
  }

  module.exports = { innerOk };
});
