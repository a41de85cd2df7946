// internal:modules/esm: what the C++ ModuleLoader (isolate/module_loader.h)
// asks of JS when it links ES modules: resolution (import conditions), the
// namespaces of built-ins, CommonJS and JSON modules, and the entry's kind.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { resolve, formatOf } = require('internal:modules/resolve');
  const cjs = require('internal:modules/cjs');
  const { exportNames } = require('internal:modules/cjs_lexer');
  const fs = binding('modules');

  // resolve(specifier, parentPath) -> ['builtin', 'node:x'] or
  // [format, realPath]; throws Node's errors, or ERR_ACCESS_DENIED for a
  // file outside the root.
  // A '?query' or '#hash' makes a distinct instance: [format, path, suffix].
  exports.resolve = function (specifier, parent) {
    const result = resolve(specifier, parent, 'import');
    if (result.builtin !== undefined) return ['builtin', `node:${result.builtin}`, ''];
    cjs.checkRoot(result.path, parent);
    return [result.format, result.path, result.suffix];
  };

  // A built-in's namespace: its exports object (default) and own keys.
  exports.builtinExports = function (id) {
    const value = internals.requireBuiltin(id);
    const names = value !== null && (typeof value === 'object' ||
                                      typeof value === 'function') ?
      Object.keys(value).filter((name) => name !== 'default') : [];
    return [value, names];
  };

  // The export names import sees in a CommonJS module (without running it):
  // its own detected names and, recursively, those of what it re-exports.
  exports.commonJsExportNames = function (path) {
    const names = new Set();
    const seen = new Set();
    (function visit(file) {
      if (seen.has(file)) return;
      seen.add(file);
      let source;
      try { source = fs.readText(file); } catch { return; }
      const found = exportNames(source);
      for (const name of found.names) names.add(name);
      for (const specifier of found.reexports) {
        try {
          const target = resolve(specifier, file, 'require');
          if (target.path !== undefined && target.format === 'commonjs' &&
              fs.isBelowRoot(target.path)) {
            visit(target.path);
          }
        } catch {
          // Node ignores re-exports it cannot resolve.
        }
      }
    })(path);
    return [...names];
  };

  exports.importCommonJs = cjs.importCommonJs;

  // import.meta.resolve(specifier) of the module at `parent`: a URL
  // string. Like Node, relative and absolute specifiers are resolved as
  // URLs without looking at the file system; packages must exist.
  exports.importMetaResolve = function (specifier, parent) {
    const result = resolve(specifier, parent, 'import', undefined, false);
    if (result.builtin !== undefined) return `node:${result.builtin}`;
    const url = `file://${result.path.split('/').map((part) =>
      encodeURIComponent(part).replace(/%40/g, '@')).join('/')}`;
    return url + result.suffix;
  };

  exports.loadJson = function (path) {
    const text = fs.readText(path);
    try {
      return JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
    } catch (error) {
      error.message = `${path}: ${error.message}`;
      throw error;
    }
  };

  // The entry's kind: 'module' or 'commonjs' (Node: .mjs, .cjs, and .js or
  // no extension by the package scope's "type").
  exports.entryFormat = function (path) {
    const format = formatOf(path);
    return format === 'module' ? 'module' : 'commonjs';
  };

});
