// node:url (Node 20): the WHATWG URL and URLSearchParams (internal:web/url),
// domainToASCII/domainToUnicode, fileURLToPath/pathToFileURL,
// urlToHttpOptions, format() for URL objects and legacy objects, and the
// legacy parse/resolve/resolveObject/Url (node:internal/url_legacy).
(function (exports, require, binding, internals, module) {
  'use strict';
  const web = require('internal:web/url');
  const { URL, URLSearchParams, hostnameOf, nodeTypeError, missingArgs } = web;
  const legacy = require('node:internal/url_legacy');
  const { Url } = legacy;
  const parser = require('internal:web/url_parser');
  const { domainToUnicode: icuToUnicode } = binding('url');
  const { invalidArgType, describeReceived, inspect } = internals;

  function domainToASCII(domain) {
    if (arguments.length < 1) throw missingArgs('domain');
    return hostnameOf(`${domain}`);
  }

  function domainToUnicode(domain) {
    if (arguments.length < 1) throw missingArgs('domain');
    const ascii = hostnameOf(`${domain}`);
    return ascii === '' ? '' : icuToUnicode(ascii);
  }

  // Node's isURL(): duck typing, so URL-like objects count too.
  const isURL = (value) => Boolean(value?.href && value.protocol &&
    value.auth === undefined && value.path === undefined);

  const invalidFileURLPath = (why) =>
    nodeTypeError('ERR_INVALID_FILE_URL_PATH', `File URL path ${why}`);

  function fileURLToPath(path, options = undefined) {
    const windows = options?.windows ?? false;
    if (typeof path === 'string') {
      path = new URL(path);
    } else if (!isURL(path)) {
      throw invalidArgType('path', 'string or an instance of URL', path);
    }
    if (path.protocol !== 'file:') {
      throw nodeTypeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    let pathname = path.pathname;
    const hostname = path.hostname;
    // An encoded "/" (or "\" on Windows) is refused: it would change the
    // path's meaning once decoded.
    for (let n = 0; n < pathname.length; n++) {
      if (pathname[n] !== '%') continue;
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 0x66) {
        throw invalidFileURLPath(windows ? 'must not include encoded \\ or / characters' :
          'must not include encoded / characters');
      }
      if (windows && pathname[n + 1] === '5' && third === 0x63) {
        throw invalidFileURLPath('must not include encoded \\ or / characters');
      }
    }
    if (!windows) {
      if (hostname !== '') {
        throw nodeTypeError('ERR_INVALID_FILE_URL_HOST',
          `File URL host must be "localhost" or empty on ${internals.global.process.platform}`);
      }
      return decodeURIComponent(pathname);
    }
    pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
    if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
    const letter = pathname.codePointAt(1) | 0x20;
    if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
      throw invalidFileURLPath('must be absolute');
    }
    return pathname.slice(1);
  }

  const { process } = internals.global;
  const cwd = () => process.cwd();

  // path.posix.resolve(): against the working directory, "." and ".."
  // resolved, no trailing slash.
  function resolvePosix(path) {
    const full = path[0] === '/' ? path : `${cwd()}/${path}`;
    const out = [];
    for (const segment of full.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') out.pop();
      else out.push(segment);
    }
    return '/' + out.join('/');
  }

  // A small path.win32.resolve(): a drive or root-relative path, or one
  // relative to the working directory; "\" and "/" both separate.
  function resolveWin32(path) {
    let device = '';
    let rest = path;
    if (/^[a-zA-Z]:/.test(path)) {
      device = path.slice(0, 2);
      rest = path.slice(2);
    } else if (!/^[\\/]/.test(path)) {
      rest = `${cwd()}\\${path}`;
    }
    const out = [];
    for (const segment of rest.split(/[\\/]/)) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') out.pop();
      else out.push(segment);
    }
    return `${device}\\${out.join('\\')}`;
  }

  // What pathToFileURL encodes itself before the URL parser sees the path
  // (the parser does the rest: controls, DEL, non-ASCII).
  const pathChars = /[\t\n\r "#%<>?[\\\]^`{|}~]/g;
  const encodePathChars = (path, windows) => path.replace(pathChars, (c) =>
    (windows && c === '\\' ? '/' :
      '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')));

  function pathToFileURL(filepath, options) {
    if (typeof filepath !== 'string') throw invalidArgType('path', 'string', filepath);
    const windows = options?.windows ?? false;
    if (windows && filepath.startsWith('\\\\')) {
      // UNC: \\server\share\path (or \\?\UNC\server\share\path).
      const prefix = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
      const hostEnd = filepath.indexOf('\\', prefix);
      if (hostEnd === -1 || hostEnd === 2) {
        const error = nodeTypeError('ERR_INVALID_ARG_VALUE',
          `The argument 'path' ${hostEnd === -1 ? 'Missing UNC resource path' :
            'Empty UNC servername'}. Received ${inspect(filepath)}`);
        throw error;
      }
      const out = new URL('file://');
      out.hostname = filepath.slice(prefix, hostEnd);
      out.pathname = encodePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), windows);
      return out;
    }
    let resolved = windows ? resolveWin32(filepath) : resolvePosix(filepath);
    const last = filepath[filepath.length - 1];
    if ((last === '/' || (windows && last === '\\')) &&
        resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
      resolved += '/';
    }
    return new URL(`file://${encodePathChars(resolved, windows)}`);
  }

  function urlToHttpOptions(url) {
    const { hostname, pathname, port, username, password, search } = url;
    const options = {
      __proto__: null,
      ...url,
      protocol: url.protocol,
      hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
      hash: url.hash,
      search,
      pathname,
      path: `${pathname || ''}${search || ''}`,
      href: url.href,
    };
    if (port !== '') options.port = Number(port);
    if (username || password) {
      options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
    }
    return options;
  }

  // url.format(URL, { fragment, unicode, search, auth }): the URL's href
  // without the parts turned off, its host in Unicode if asked.
  function formatURL(url, options) {
    let fragment = true, unicode = false, search = true, auth = true;
    if (options) {
      if (typeof options !== 'object' || Array.isArray(options)) {
        throw invalidArgType('options', 'object', options);
      }
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    const record = parser.parseURL(url.href, null);
    if (!fragment) record.fragment = null;
    if (unicode && record.host !== null) record.host = icuToUnicode(record.host);
    if (!search) record.query = null;
    if (!auth) record.username = record.password = '';
    return parser.serializeURL(record, false);
  }

  function urlFormat(urlObject, options) {
    if (typeof urlObject === 'string') {
      urlObject = legacy.urlParse(urlObject);
    } else if (typeof urlObject !== 'object' || urlObject === null) {
      throw nodeTypeError('ERR_INVALID_ARG_TYPE',
        'The "urlObject" argument must be one of type object or string.' +
        describeReceived(urlObject));
    } else if (urlObject instanceof URL) {
      return formatURL(urlObject, options);
    }
    return Url.prototype.format.call(urlObject);
  }

  const named = (name, fn) => Object.defineProperty(fn, 'name', { value: name });

  module.exports = {
    Url,
    parse: named('urlParse', function (url, parseQueryString, slashesDenoteHost) {
      return legacy.urlParse(url, parseQueryString, slashesDenoteHost);
    }),
    resolve: named('urlResolve', function (source, relative) {
      return legacy.urlResolve(source, relative);
    }),
    resolveObject: named('urlResolveObject', function (source, relative) {
      return legacy.urlResolveObject(source, relative);
    }),
    format: named('urlFormat', urlFormat),
    URL,
    URLSearchParams,
    domainToASCII,
    domainToUnicode,
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
  };
});
