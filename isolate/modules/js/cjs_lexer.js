// internal:modules/cjs_lexer: the named exports of a CommonJS module, found
// from its source without running it, for `import { x } from './cjs.js'`.
//
// Like Node (which uses cjs-module-lexer), detection is static and
// conservative: it recognises the forms compilers and people write
//   exports.a = / module.exports.a = / exports['a'] =
//   Object.defineProperty(exports, 'a', ...)
//   module.exports = { a, b: ..., 'c': ..., ...require('./d') }
//   module.exports = require('./e')            (re-export)
//   __exportStar(require('./f'), exports), __export(require('./g'))  (TS)
//   Object.keys(_h).forEach(... exports[key] = _h[key] ...) with
//   _h = require('./h')                        (Babel)
// after removing comments and the insides of strings and templates (so
// that text in them is not read as code). Re-exports are returned as
// specifiers for the caller to resolve.
(function (exports, require, binding, internals, module) {
  'use strict';

  const identifier = '[A-Za-z_$][\\w$]*';

  // The source with comments removed and string, template and regexp
  // bodies blanked; string literals are kept as "s<index>" tokens whose
  // text is in `strings`.
  function scrub(source) {
    let out = '';
    const strings = [];
    let i = 0;
    let lastSignificant = '';
    const n = source.length;
    while (i < n) {
      const c = source[i];
      const next = source[i + 1];
      if (c === '/' && next === '/') {
        while (i < n && source[i] !== '\n') i++;
        continue;
      }
      if (c === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2);
        i = end === -1 ? n : end + 2;
        out += ' ';
        continue;
      }
      if (c === '"' || c === '\'') {
        let j = i + 1;
        let text = '';
        while (j < n && source[j] !== c && source[j] !== '\n') {
          if (source[j] === '\\') { text += source[j + 1] ?? ''; j += 2; continue; }
          text += source[j++];
        }
        strings.push(text);
        out += `"s${strings.length - 1}"`;
        i = j + 1;
        lastSignificant = '"';
        continue;
      }
      if (c === '`') {
        let j = i + 1;
        let depth = 0;
        while (j < n) {
          if (source[j] === '\\') { j += 2; continue; }
          if (depth === 0 && source[j] === '`') break;
          if (source[j] === '$' && source[j + 1] === '{') { depth++; j += 2; continue; }
          if (depth > 0 && source[j] === '}') { depth--; j++; continue; }
          j++;
        }
        out += '``';
        i = j + 1;
        lastSignificant = '`';
        continue;
      }
      if (c === '/' && (lastSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant) ||
                        /(?:return|typeof|case|do|else|in|of|void)$/.test(out))) {
        // A regular expression literal.
        let j = i + 1;
        let inClass = false;
        while (j < n && source[j] !== '\n') {
          if (source[j] === '\\') { j += 2; continue; }
          if (source[j] === '[') inClass = true;
          else if (source[j] === ']') inClass = false;
          else if (source[j] === '/' && !inClass) break;
          j++;
        }
        out += '/r/';
        i = j + 1;
        lastSignificant = '/';
        continue;
      }
      out += c;
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
    return { code: out, strings };
  }

  function stringAt(strings, token) {
    const match = /^"s(\d+)"$/.exec(token);
    return match ? strings[Number(match[1])] : undefined;
  }

  // The keys of the object literal starting at code[start] ('{').
  function objectLiteralKeys(code, start, strings, names, reexports) {
    let depth = 0;
    let i = start;
    let entryStart = start + 1;
    const entries = [];
    for (; i < code.length; i++) {
      const c = code[i];
      if (c === '{' || c === '(' || c === '[') depth++;
      else if (c === '}' || c === ')' || c === ']') {
        depth--;
        if (depth === 0) { entries.push(code.slice(entryStart, i)); break; }
      } else if (c === ',' && depth === 1) {
        entries.push(code.slice(entryStart, i));
        entryStart = i + 1;
      }
    }
    // Like Node's lexer: shorthand entries, `key: value` and `'key': value`
    // where the value starts with an identifier (the key counts; if the
    // value is more than that identifier, detection stops after it), and
    // `...require('x')` spreads; any other entry stops detection.
    for (const raw of entries) {
      const entry = raw.trim();
      if (entry === '') continue;
      let match;
      if ((match = /^\.\.\.\s*require\s*\(\s*("s\d+")\s*\)$/.exec(entry))) {
        reexports.push(stringAt(strings, match[1]));
        continue;
      }
      if ((match = new RegExp(`^(${identifier})$`).exec(entry))) {
        names.add(match[1]);
        continue;
      }
      match = new RegExp(`^(${identifier}|"s\\d+")\\s*:\\s*(${identifier})(.*)$`, 's').exec(entry);
      if (match === null) break;
      names.add(match[1].startsWith('"') ? stringAt(strings, match[1]) : match[1]);
      if (match[3].trim() !== '') break;
    }
  }

  // exportNames(source) -> { names: [...], reexports: [specifier, ...] }
  function exportNames(source) {
    const { code, strings } = scrub(source);
    const names = new Set();
    const reexports = [];
    let match;

    // `=(?!=)` is a lookahead so that chained assignments
    // (exports.a = exports.b = 1) are all seen.
    const dotAssign = new RegExp(
      `(?:^|[^.\\w$])(?:module\\s*\\.\\s*)?exports\\s*\\.\\s*(${identifier})\\s*=(?!=)`, 'g');
    while ((match = dotAssign.exec(code)) !== null) names.add(match[1]);

    const bracketAssign = new RegExp(
      '(?:^|[^.\\w$])(?:module\\s*\\.\\s*)?exports\\s*\\[\\s*("s\\d+")\\s*\\]\\s*=(?!=)', 'g');
    while ((match = bracketAssign.exec(code)) !== null) {
      names.add(stringAt(strings, match[1]));
    }

    // Object.defineProperty(exports, 'a', { value: ... }) or with a getter
    // that returns a member expression (`get: function () { return m.a; }`
    // or `get() { return m.a }`): Node's lexer takes only these forms.
    const define = new RegExp(
      'Object\\s*\\.\\s*defineProperty\\s*\\(\\s*(?:module\\s*\\.\\s*)?exports\\s*,\\s*("s\\d+")\\s*,\\s*\\{([^}]*\\}?)', 'g');
    const getterForm = new RegExp(
      `^\\s*(?:enumerable\\s*:\\s*true\\s*,\\s*)?get\\s*(?::\\s*function\\s*)?\\(\\s*\\)\\s*\\{\\s*return\\s+${identifier}(?:\\s*\\.\\s*${identifier})+\\s*;?\\s*\\}`);
    while ((match = define.exec(code)) !== null) {
      const body = match[2];
      if (/^\s*value\s*:/.test(body) || /^\s*enumerable\s*:\s*true\s*,\s*value\s*:/.test(body) ||
          getterForm.test(body)) {
        names.add(stringAt(strings, match[1]));
      }
    }

    const moduleAssign = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*/g;
    while ((match = moduleAssign.exec(code)) !== null) {
      // As in Node's lexer, a later `module.exports =` replaces the
      // re-exports of an earlier one (`if (browser) module.exports =
      // require('./a'); else module.exports = require('./b')` is b's).
      reexports.length = 0;
      const at = match.index + match[0].length;
      const rest = code.slice(at);
      let inner;
      if (rest[0] === '{') {
        objectLiteralKeys(code, at, strings, names, reexports);
      } else if ((inner = /^require\s*\(\s*("s\d+")\s*\)/.exec(rest))) {
        reexports.push(stringAt(strings, inner[1]));
      }
    }

    const tsStar = /__exportStar\s*\(\s*require\s*\(\s*("s\d+")\s*\)/g;
    while ((match = tsStar.exec(code)) !== null) {
      reexports.push(stringAt(strings, match[1]));
    }
    const tsExport = /__export\s*\(\s*require\s*\(\s*("s\d+")\s*\)\s*\)/g;
    while ((match = tsExport.exec(code)) !== null) {
      reexports.push(stringAt(strings, match[1]));
    }

    // Babel: var _x = require('x'); Object.keys(_x).forEach(function (key) {
    //   ... exports[key] = _x[key] or Object.defineProperty(exports, key, ...)
    const requires = new Map();
    const requireVar = new RegExp(
      `(${identifier})\\s*=\\s*(?:_interopRequireWildcard\\s*\\(\\s*)?require\\s*\\(\\s*("s\\d+")\\s*\\)`, 'g');
    while ((match = requireVar.exec(code)) !== null) {
      requires.set(match[1], stringAt(strings, match[2]));
    }
    const babelStar = new RegExp(
      `Object\\s*\\.\\s*keys\\s*\\(\\s*(${identifier})\\s*\\)\\s*\\.\\s*forEach\\s*\\(\\s*function\\s*\\(\\s*(${identifier})\\s*\\)`, 'g');
    while ((match = babelStar.exec(code)) !== null) {
      const body = code.slice(match.index, match.index + 600);
      if (/exports\s*\[\s*[\w$]+\s*\]\s*=|defineProperty\s*\(\s*exports\s*,/.test(body) &&
          requires.has(match[1])) {
        reexports.push(requires.get(match[1]));
      }
    }

    names.delete('default');
    return { names: [...names], reexports };
  }

  exports.exportNames = exportNames;
});
