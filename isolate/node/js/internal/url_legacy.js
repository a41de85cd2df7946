// node:url's legacy API as Node 20 has it: Url, url.parse(str,
// parseQueryString, slashesDenoteHost), Url#format, url.resolve and
// url.resolveObject. Not the URL Standard: this is Node's own lenient
// parser (RFC 2396-ish), kept because many packages still call it.
// Hostnames go through IDNA (binding('url').domainToASCII, no URL Standard
// host parsing, so "1.2.3" stays as it is).
(function (exports, require, binding, internals, module) {
  'use strict';
  const { domainToASCII: icuToASCII } = binding('url');
  const { invalidArgType } = internals;

  // node:querystring when it is there; until then a small stand-in with
  // its parse/stringify for the default separators.
  let querystring;
  function qs() {
    if (querystring === undefined) {
      try {
        querystring = require('node:querystring');
      } catch {
        querystring = querystringFallback();
      }
    }
    return querystring;
  }

  function querystringFallback() {
    const { decodeFormPart } = require('internal:web/url_encoding');
    const primitive = (v) => {
      switch (typeof v) {
        case 'string': return v;
        case 'number': return Number.isFinite(v) ? `${v}` : '';
        case 'bigint': return `${v}`;
        case 'boolean': return v ? 'true' : 'false';
        default: return '';
      }
    };
    const escape = (v) => {
      if (/[\uD800-\uDFFF]/.test(v) && v.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')
        .search(/[\uD800-\uDFFF]/) !== -1) {
        const error = new URIError('URI malformed');
        Object.defineProperty(error, 'code', {
          value: 'ERR_INVALID_URI', writable: true, configurable: true, enumerable: true,
        });
        throw error;
      }
      return encodeURIComponent(v);
    };
    return {
      parse(str) {
        const obj = { __proto__: null };
        if (typeof str !== 'string' || str === '') return obj;
        let count = 0;
        for (const pair of str.split('&')) {
          if (pair === '') continue;
          if (++count > 1000) break;
          const eq = pair.indexOf('=');
          const key = decodeFormPart(eq === -1 ? pair : pair.slice(0, eq));
          const value = eq === -1 ? '' : decodeFormPart(pair.slice(eq + 1));
          const old = obj[key];
          if (old === undefined) obj[key] = value;
          else if (Array.isArray(old)) old.push(value);
          else obj[key] = [old, value];
        }
        return obj;
      },
      stringify(obj) {
        if (obj === null || typeof obj !== 'object') return '';
        const fields = [];
        for (const key of Object.keys(obj)) {
          const name = escape(primitive(key)) + '=';
          const value = obj[key];
          if (Array.isArray(value)) {
            fields.push(value.map((v) => name + escape(primitive(v))).join('&'));
          } else {
            fields.push(name + escape(primitive(value)));
          }
        }
        return fields.join('&');
      },
    };
  }

  function invalidURL(input) {
    const error = new TypeError('Invalid URL');
    Object.defineProperty(error, 'code', {
      value: 'ERR_INVALID_URL', writable: true, configurable: true, enumerable: true,
    });
    error.input = input;
    return error;
  }

  // Protocols (with and without the colon) that never have a host, that
  // may keep "unsafe" characters, and that always have "//".
  const hostless = new Set(['javascript', 'javascript:']);
  const unsafe = new Set(['javascript', 'javascript:']);
  const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:',
    'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

  const protocolPattern = /^[a-z0-9.+-]+:/i;
  const portPattern = /:[0-9]*$/;
  const hostPattern = /^\/\/[^@/]+@[^@/]+/;
  const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
  const hostnameMaxLen = 255;
  // Characters that must not show up in a hostname after IDNA.
  const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
  const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
  const isIpv6Hostname = (h) => h[0] === '[' && h[h.length - 1] === ']';

  // IDNA ToASCII of a legacy hostname ("" when it fails).
  function toASCII(hostname) {
    if (!/[^\0-\x7f]/.test(hostname) && !/(^|\.)xn--/i.test(hostname)) {
      return hostname.toLowerCase();
    }
    return icuToASCII(hostname) ?? '';
  }

  // Characters escaped in the rest of a legacy URL (RFC 2396 delimiters and
  // unwise characters, and "'").
  const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20',
    '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E',
    '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
  const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;
  const autoEscapeStr = (rest) => rest.replace(autoEscapePattern, (c) => autoEscape[c]);

  const urlFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname',
    'hash', 'search', 'query', 'pathname', 'path', 'href'];

  function Url() {
    for (const field of urlFields) this[field] = null;
  }

  function urlParse(url, parseQueryString, slashesDenoteHost) {
    if (url instanceof Url) return url;
    const result = new Url();
    result.parse(url, parseQueryString, slashesDenoteHost);
    return result;
  }

  // Trims whitespace (code points below 33, U+00A0, U+FEFF) and turns
  // backslashes before the first "?" or "#" into slashes.
  function prepare(url) {
    const isWs = (c) => c < 33 || c === 0xa0 || c === 0xfeff;
    let start = 0;
    let end = url.length;
    while (start < end && isWs(url.charCodeAt(start))) start++;
    while (end > start && isWs(url.charCodeAt(end - 1))) end--;
    let rest = '';
    let hasHash = false;
    let hasAt = false;
    let split = false;
    let last = start;
    for (let i = start; i < end; i++) {
      const c = url[i];
      if (split) {
        if (c === '#') hasHash = true;
        continue;
      }
      if (c === '@') hasAt = true;
      else if (c === '#') { hasHash = true; split = true; }
      else if (c === '?') split = true;
      else if (c === '\\') {
        rest += url.slice(last, i) + '/';
        last = i + 1;
      }
    }
    rest += url.slice(last, end);
    return { rest, hasHash, hasAt };
  }

  Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
    if (typeof url !== 'string') throw invalidArgType('url', 'string', url);
    let { rest, hasHash, hasAt } = prepare(url);

    if (!slashesDenoteHost && !hasHash && !hasAt) {
      const simple = simplePathPattern.exec(rest);
      if (simple) {
        this.path = rest;
        this.href = rest;
        this.pathname = simple[1];
        if (simple[2]) {
          this.search = simple[2];
          this.query = parseQueryString ? qs().parse(this.search.slice(1)) :
            this.search.slice(1);
        } else if (parseQueryString) {
          this.search = null;
          this.query = { __proto__: null };
        }
        return this;
      }
    }

    let proto = protocolPattern.exec(rest);
    let lowerProto;
    if (proto) {
      proto = proto[0];
      lowerProto = proto.toLowerCase();
      this.protocol = lowerProto;
      rest = rest.slice(proto.length);
    }

    let slashes;
    if (slashesDenoteHost || proto || hostPattern.test(rest)) {
      slashes = rest[0] === '/' && rest[1] === '/';
      if (slashes && !(proto && hostless.has(lowerProto))) {
        rest = rest.slice(2);
        this.slashes = true;
      }
    }

    if (!hostless.has(lowerProto) &&
        (slashes || (proto && !slashed.has(proto)))) {
      rest = parseAuthority(this, rest, url);
    }

    if (!unsafe.has(lowerProto)) rest = autoEscapeStr(rest);

    const hashIdx = rest.indexOf('#');
    let questionIdx = rest.indexOf('?');
    if (hashIdx !== -1) {
      this.hash = rest.slice(hashIdx);
      if (questionIdx > hashIdx) questionIdx = -1;
    }
    if (questionIdx !== -1) {
      const end = hashIdx === -1 ? rest.length : hashIdx;
      this.search = rest.slice(questionIdx, end);
      this.query = rest.slice(questionIdx + 1, end);
      if (parseQueryString) this.query = qs().parse(this.query);
    } else if (parseQueryString) {
      this.search = null;
      this.query = { __proto__: null };
    }

    const first = questionIdx !== -1 ? questionIdx : hashIdx;
    if (first === -1) {
      if (rest.length > 0) this.pathname = rest;
    } else if (first > 0) {
      this.pathname = rest.slice(0, first);
    }
    if (slashed.has(lowerProto) && this.hostname && !this.pathname) {
      this.pathname = '/';
    }

    if (this.pathname || this.search) {
      this.path = (this.pathname || '') + (this.search || '');
    }
    this.href = this.format();
    return this;
  };

  let warnedInvalidPort = false;

  // Takes auth, host, port and hostname off the front of `rest` (after the
  // "//") into `self`; returns what is left.
  function parseAuthority(self, rest, url) {
    // The host ends at the first "/", "?" or "#"; the auth at the last "@"
    // before that; characters RFC 2396 never allows in a host end it too.
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; ++i) {
      const c = rest[i];
      if (c === '\t' || c === '\n' || c === '\r') {
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
      } else if (' "%\';<>\\^`{|}'.includes(c)) {
        if (nonHost === -1) nonHost = i;
      } else if (c === '#' || c === '/' || c === '?') {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      } else if (c === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      self.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      self.host = rest.slice(start);
      rest = '';
    } else {
      self.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }

    self.parseHost();
    if (typeof self.hostname !== 'string') self.hostname = '';
    const ipv6 = isIpv6Hostname(self.hostname);

    if (!ipv6) {
      // A "/", "\\", "#", "?" or ":" left in the hostname starts the path.
      const bad = /[/\\#?:]/.exec(self.hostname);
      if (bad !== null) {
        if (bad[0] === ':' && !warnedInvalidPort) {
          warnedInvalidPort = true;
          warn(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
               'DEP0170');
        }
        rest = `/${self.hostname.slice(bad.index)}${rest}`;
        self.hostname = self.hostname.slice(0, bad.index);
      }
    }

    self.hostname = self.hostname.length > hostnameMaxLen ? '' :
      self.hostname.toLowerCase();

    if (self.hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIpv6.test(self.hostname)) throw invalidURL(url);
      } else {
        self.hostname = toASCII(self.hostname);
        if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) {
          throw invalidURL(url);
        }
      }
    }

    self.host = (self.hostname || '') + (self.port ? ':' + self.port : '');
    if (ipv6) {
      self.hostname = self.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
    return rest;
  }

  function warn(message, code) {
    const process = internals.global.process;
    if (typeof process?.emitWarning === 'function') {
      process.emitWarning(message, 'DeprecationWarning', code);
    }
  }

  // Percent-encodes an auth for format(): everything but ! - . _ ~ ' ( ) * :
  // and ASCII letters and digits.
  function encodeAuth(auth) {
    let out = '';
    for (let i = 0; i < auth.length; i++) {
      const c = auth.charCodeAt(i);
      if (c < 0x80) {
        out += /[A-Za-z0-9!\-._~'()*:]/.test(auth[i]) ? auth[i] :
          '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
        continue;
      }
      let end = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && end < auth.length) {
        const d = auth.charCodeAt(end);
        if (d >= 0xdc00 && d <= 0xdfff) end++;
      }
      const piece = auth.slice(i, end);
      if (piece.length === 1 && c >= 0xd800 && c <= 0xdfff) {
        const error = new URIError('URI malformed');
        Object.defineProperty(error, 'code', {
          value: 'ERR_INVALID_URI', writable: true, configurable: true, enumerable: true,
        });
        throw error;
      }
      out += encodeURIComponent(piece);
      i = end - 1;
    }
    return out;
  }

  Url.prototype.format = function format() {
    let auth = this.auth || '';
    if (auth) auth = encodeAuth(auth) + '@';

    let protocol = this.protocol || '';
    let pathname = this.pathname || '';
    let hash = this.hash || '';
    let host = '';
    let query = '';

    if (this.host) {
      host = auth + this.host;
    } else if (this.hostname) {
      host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
        '[' + this.hostname + ']' : this.hostname);
      if (this.port) host += ':' + this.port;
    }

    if (this.query !== null && typeof this.query === 'object') {
      query = qs().stringify(this.query);
    }
    let search = this.search || (query && ('?' + query)) || '';
    if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';

    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

    if (this.slashes || slashed.has(protocol)) {
      if (this.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
        host = '//' + host;
      } else if (protocol.length >= 4 && protocol.startsWith('file')) {
        host = '//';
      }
    }

    search = search.replace(/#/g, '%23');
    if (hash && hash[0] !== '#') hash = '#' + hash;
    if (search && search[0] !== '?') search = '?' + search;
    return protocol + host + pathname + search + hash;
  };

  Url.prototype.resolve = function resolve(relative) {
    return this.resolveObject(urlParse(relative, false, true)).format();
  };

  function urlResolve(source, relative) {
    return urlParse(source, false, true).resolve(relative);
  }

  function urlResolveObject(source, relative) {
    if (!source) return relative;
    return urlParse(source, false, true).resolveObject(relative);
  }

  // ---- resolveObject: RFC 1808-style resolution on Url objects ----------

  function finish(result) {
    result.href = result.format();
    return result;
  }

  function setPath(result) {
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname || '') + (result.search || '');
    }
  }

  // Puts the host back from the first path segment for protocols without
  // "//" (an "@" in it splits off the auth).
  function hostFromSegment(result, segment) {
    result.hostname = result.host = segment;
    const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
    if (parts) {
      result.auth = parts.shift();
      result.host = result.hostname = parts.shift();
    }
  }

  // Removes "." and ".." segments; returns how many ".." went above the
  // start.
  function removeDots(path) {
    let up = 0;
    for (let i = path.length - 1; i >= 0; i--) {
      const segment = path[i];
      if (segment === '.') {
        path.splice(i, 1);
      } else if (segment === '..') {
        path.splice(i, 1);
        up++;
      } else if (up) {
        path.splice(i, 1);
        up--;
      }
    }
    return up;
  }

  Url.prototype.resolveObject = function resolveObject(relative) {
    if (typeof relative === 'string') {
      const parsed = new Url();
      parsed.parse(relative, false, true);
      relative = parsed;
    }
    const result = new Url();
    for (const key of Object.keys(this)) result[key] = this[key];
    // The hash always comes from the relative URL, even an empty href.
    result.hash = relative.hash;
    if (relative.href === '') return finish(result);

    // "//host/path" keeps only the protocol.
    if (relative.slashes && !relative.protocol) {
      for (const key of Object.keys(relative)) {
        if (key !== 'protocol') result[key] = relative[key];
      }
      if (slashed.has(result.protocol) && result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }
      return finish(result);
    }

    if (relative.protocol && relative.protocol !== result.protocol) {
      // Another protocol: an unknown one replaces everything; a known one
      // needs a host (taken from the path when missing) unless it is file:.
      if (!slashed.has(relative.protocol)) {
        for (const key of Object.keys(relative)) result[key] = relative[key];
        return finish(result);
      }
      result.protocol = relative.protocol;
      if (!relative.host && !/^file:?$/.test(relative.protocol) &&
          !hostless.has(relative.protocol)) {
        const segments = (relative.pathname || '').split('/');
        while (segments.length && !(relative.host = segments.shift()));
        if (!relative.host) relative.host = '';
        if (!relative.hostname) relative.hostname = '';
        if (segments[0] !== '') segments.unshift('');
        if (segments.length < 2) segments.unshift('');
        result.pathname = segments.join('/');
      } else {
        result.pathname = relative.pathname;
      }
      result.search = relative.search;
      result.query = relative.query;
      result.host = relative.host || '';
      result.auth = relative.auth;
      result.hostname = relative.hostname || relative.host;
      result.port = relative.port;
      if (result.pathname || result.search) {
        result.path = (result.pathname || '') + (result.search || '');
      }
      result.slashes = result.slashes || relative.slashes;
      return finish(result);
    }

    const isSourceAbs = result.pathname && result.pathname[0] === '/';
    const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
    let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
    const removeAllDots = mustEndAbs;
    let srcPath = (result.pathname && result.pathname.split('/')) || [];
    const relPath = (relative.pathname && relative.pathname.split('/')) || [];
    const noLeadingSlashes = result.protocol && !slashed.has(result.protocol);

    // Without "//" (mailto: and such), "../" may climb into the host: the
    // host becomes the first path segment for now.
    if (noLeadingSlashes) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else srcPath.unshift(result.host);
      }
      result.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        result.auth = null;
        if (relative.host) {
          if (relPath[0] === '') relPath[0] = relative.host;
          else relPath.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      srcPath = relPath;
    } else if (relPath.length) {
      srcPath.pop();
      srcPath = srcPath.concat(relPath);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // Only a new search ("?x").
      if (noLeadingSlashes) hostFromSegment(result, srcPath.shift());
      result.search = relative.search;
      result.query = relative.query;
      setPath(result);
      return finish(result);
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = result.search ? '/' + result.search : null;
      return finish(result);
    }

    // A path ending in "." or ".." (or "/") keeps a trailing slash.
    let last = srcPath[srcPath.length - 1];
    const hasTrailingSlash =
      ((result.host || relative.host || srcPath.length > 1) &&
       (last === '.' || last === '..')) || last === '';
    let up = removeDots(srcPath);
    if (!mustEndAbs && !removeAllDots) {
      while (up--) srcPath.unshift('..');
    }
    if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) {
      srcPath.unshift('');
    }
    if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

    const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
    if (noLeadingSlashes) {
      hostFromSegment(result, isAbsolute ? '' : srcPath.length ? srcPath.shift() : '');
    }
    mustEndAbs = mustEndAbs || (result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) srcPath.unshift('');

    if (srcPath.length > 0) {
      result.pathname = srcPath.join('/');
    } else {
      result.pathname = null;
      result.path = null;
    }
    setPath(result);
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  };

  // Splits a ":port" off this.host.
  Url.prototype.parseHost = function parseHost() {
    let host = this.host;
    const port = portPattern.exec(host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].slice(1);
      host = host.slice(0, host.length - port[0].length);
    }
    if (host) this.hostname = host;
  };

  module.exports = { Url, urlParse, urlResolve, urlResolveObject };
});
