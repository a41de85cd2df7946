// node:path: POSIX path functions with Node 20's results, quirks
// included (dirname('//a') is '//', basename keeps a suffix that is the
// whole name, extname('...') is '.'). path.win32 is node:path/win32.
//
// The working directory of path.resolve() is process.cwd() (the runtime's
// process object, as Node holds its own, so a patched process.cwd counts).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { validateObject, validateString } = require('node:internal/errors');
  const { process } = internals.global;

  const SLASH = 47;  // '/'

  const cwd = () => process.cwd();

  // Collapses '', '.' and '..' segments of a slash-separated path (without
  // its leading slash). '..' above the start is kept only if
  // `allowAboveRoot`.
  function normalizeSegments(path, allowAboveRoot) {
    const out = [];
    for (const segment of path.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (allowAboveRoot) out.push('..');
        continue;
      }
      out.push(segment);
    }
    return out.join('/');
  }

  // [start, end) of the last component of `path`, trailing slashes not
  // part of it, looking no further back than index `from`. start is 0 when
  // no slash precedes the component; end is -1 when there is none.
  function lastComponent(path, from = 0) {
    let end = -1;
    for (let i = path.length - 1; i >= from; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (end !== -1) return [i + 1, end];
      } else if (end === -1) {
        end = i + 1;
      }
    }
    return [0, end];
  }

  // The extension of a component: from its last dot, unless that dot is
  // its first character or the component is '..'. (Node's parse() of an
  // absolute path whose only component is '..' misses the '..' case:
  // parse('/..').ext is '.'; `dotDotCounts` false reproduces that.)
  function extensionStart(path, start, end, dotDotCounts = true) {
    const dot = path.lastIndexOf('.', end - 1);
    if (dot <= start || dot >= end) return -1;
    if (dotDotCounts && end - start === 2 && path.charCodeAt(start) === 46) {
      return -1;  // '..'
    }
    return dot;
  }

  const posix = {
    resolve(...args) {
      let resolved = '';
      let absolute = false;
      for (let i = args.length - 1; i >= 0 && !absolute; i--) {
        const path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
        resolved = `${path}/${resolved}`;
        absolute = path.charCodeAt(0) === SLASH;
      }
      if (!absolute) {
        const dir = cwd();
        resolved = `${dir}/${resolved}`;
        absolute = dir.charCodeAt(0) === SLASH;
      }
      resolved = normalizeSegments(resolved, !absolute);
      if (absolute) return `/${resolved}`;
      return resolved.length > 0 ? resolved : '.';
    },

    normalize(path) {
      validateString(path, 'path');
      if (path.length === 0) return '.';
      const absolute = path.charCodeAt(0) === SLASH;
      const trailingSlash = path.charCodeAt(path.length - 1) === SLASH;
      let normalized = normalizeSegments(path, !absolute);
      if (normalized.length === 0) {
        if (absolute) return '/';
        return trailingSlash ? './' : '.';
      }
      if (trailingSlash) normalized += '/';
      return absolute ? `/${normalized}` : normalized;
    },

    isAbsolute(path) {
      validateString(path, 'path');
      return path.length > 0 && path.charCodeAt(0) === SLASH;
    },

    join(...args) {
      if (args.length === 0) return '.';
      const parts = [];
      for (const arg of args) {
        validateString(arg, 'path');
        if (arg.length > 0) parts.push(arg);
      }
      if (parts.length === 0) return '.';
      return posix.normalize(parts.join('/'));
    },

    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      if (from === to) return '';
      from = posix.resolve(from);
      to = posix.resolve(to);
      if (from === to) return '';
      // Both are absolute and normalized now: compare whole segments.
      const fromParts = from === '/' ? [] : from.slice(1).split('/');
      const toParts = to === '/' ? [] : to.slice(1).split('/');
      let common = 0;
      while (common < fromParts.length && common < toParts.length &&
             fromParts[common] === toParts[common]) {
        common++;
      }
      const ups = new Array(fromParts.length - common).fill('..');
      return [...ups, ...toParts.slice(common)].join('/');
    },

    toNamespacedPath(path) {
      return path;
    },

    dirname(path) {
      validateString(path, 'path');
      if (path.length === 0) return '.';
      const hasRoot = path.charCodeAt(0) === SLASH;
      // The slash before the last component (index 0 never counts).
      let end = -1;
      let inComponent = false;
      for (let i = path.length - 1; i >= 1; --i) {
        if (path.charCodeAt(i) === SLASH) {
          if (inComponent) {
            end = i;
            break;
          }
        } else {
          inComponent = true;
        }
      }
      if (end === -1) return hasRoot ? '/' : '.';
      if (hasRoot && end === 1) return '//';
      return path.slice(0, end);
    },

    basename(path, suffix) {
      if (suffix !== undefined) validateString(suffix, 'suffix');
      validateString(path, 'path');
      if (suffix === undefined || suffix.length === 0 ||
          suffix.length > path.length) {
        const [start, end] = lastComponent(path);
        return end === -1 ? '' : path.slice(start, end);
      }
      if (suffix === path) return '';
      // Node matches the suffix while it walks back over the component; a
      // component shorter than the suffix that matched so far keeps any
      // trailing slashes (basename('/ab/', 'xab') is 'ab/').
      let start = 0;
      let end = -1;
      let componentEnd = -1;
      let suffixIndex = suffix.length - 1;
      for (let i = path.length - 1; i >= 0; --i) {
        const code = path.charCodeAt(i);
        if (code === SLASH) {
          if (componentEnd !== -1) {
            start = i + 1;
            break;
          }
          continue;
        }
        if (componentEnd === -1) componentEnd = i + 1;
        if (suffixIndex >= 0) {
          if (code === suffix.charCodeAt(suffixIndex)) {
            if (--suffixIndex === -1) end = i;
          } else {
            suffixIndex = -1;
            end = componentEnd;
          }
        }
      }
      if (start === end) end = componentEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    },

    extname(path) {
      validateString(path, 'path');
      const [start, end] = lastComponent(path);
      if (end === -1) return '';
      const dot = extensionStart(path, start, end);
      return dot === -1 ? '' : path.slice(dot, end);
    },

    format(pathObject) {
      return formatPath('/', pathObject);
    },

    parse(path) {
      validateString(path, 'path');
      const result = { root: '', dir: '', base: '', ext: '', name: '' };
      if (path.length === 0) return result;
      const absolute = path.charCodeAt(0) === SLASH;
      if (absolute) result.root = '/';
      const [startPart, end] = lastComponent(path, absolute ? 1 : 0);
      if (end !== -1) {
        const start = startPart === 0 && absolute ? 1 : startPart;
        const dot = extensionStart(path, start, end, start === startPart);
        result.base = path.slice(start, end);
        if (dot === -1) {
          result.name = result.base;
        } else {
          result.name = path.slice(start, dot);
          result.ext = path.slice(dot, end);
        }
      }
      if (startPart > 0) result.dir = path.slice(0, startPart - 1);
      else if (absolute) result.dir = '/';
      return result;
    },

    sep: '/',
    delimiter: ':',
    win32: null,
    posix: null,
  };

  function formatPath(sep, pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const ext = pathObject.ext ?
      `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
    const base = pathObject.base || `${pathObject.name || ''}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
  }

  posix.posix = posix;
  Object.defineProperty(posix, 'win32', {
    enumerable: true,
    configurable: true,
    get() { return require('node:path/win32'); },
    set(value) {
      Object.defineProperty(posix, 'win32', {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
  posix._makeLong = posix.toNamespacedPath;
  module.exports = posix;
});
