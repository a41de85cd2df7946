// The URL Standard's basic URL parser and serializers (url.spec.whatwg.org),
// matched against Node 20 (ada 2.9). A URL record is a plain object:
//   { scheme, username, password, host, port, path, query, fragment }
// host is null or the serialized host (a domain, "1.2.3.4", "[::1]", an
// opaque host or ""); port is null or a number; path is an array of
// segments, or a string for an opaque path; query and fragment are null or
// strings (without "?"/"#"). The host parser is in url_host.js.
//
// Where Node's ada departs from the standard, this follows Node (each place
// says so): a path with no dot segment before its first "/." is copied as
// it is; a final ".." that removed nothing leaves a non-special path empty;
// a file path's first segment stays when it starts with a drive letter; an
// empty base query is not taken over; a base with an opaque path resolves
// references that hold a "#"; port 0 is a non-special scheme's default for
// the protocol setter.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { percentEncode, sets } = require('internal:web/url_encoding');
  const { C0, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO } = sets;
  const { parseHost } = require('internal:web/url_host');

  const specialPorts = { __proto__: null, ftp: 21, file: null, http: 80,
    https: 443, ws: 80, wss: 443 };
  const isSpecialScheme = (scheme) => scheme in specialPorts;
  const defaultPort = (scheme) => specialPorts[scheme] ?? null;

  const EOF = -1;
  // States (the spec's names).
  const SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3,
    SPECIAL_RELATIVE_OR_AUTHORITY = 4, PATH_OR_AUTHORITY = 5, RELATIVE = 6,
    RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8,
    SPECIAL_AUTHORITY_IGNORE_SLASHES = 9, AUTHORITY = 10, HOST = 11,
    HOSTNAME = 12, PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16,
    PATH_START = 17, PATH_STATE = 18, OPAQUE_PATH = 19, QUERY_STATE = 20,
    FRAGMENT_STATE = 21;

  const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const isDigit = (c) => c >= 0x30 && c <= 0x39;

  function newRecord() {
    return { scheme: '', username: '', password: '', host: null, port: null,
      path: [], query: null, fragment: null };
  }


  // ---- strings -----------------------------------------------------------

  // WebIDL USVString: lone surrogates become U+FFFD.
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  const anySurrogate = /[\uD800-\uDFFF]/;
  function toUSVString(value) {
    const s = `${value}`;
    return anySurrogate.test(s) ? s.replace(loneSurrogate, '\uFFFD') : s;
  }

  // Leading and trailing C0 controls and spaces go; tabs and newlines go
  // everywhere.
  function trimInput(input) {
    let start = 0;
    let end = input.length;
    while (start < end && input.charCodeAt(start) <= 0x20) start++;
    while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
    if (start !== 0 || end !== input.length) input = input.slice(start, end);
    return removeTabsAndNewlines(input);
  }

  const tabOrNewline = /[\t\n\r]/g;
  function removeTabsAndNewlines(input) {
    if (input.indexOf('\t') === -1 && input.indexOf('\n') === -1 &&
        input.indexOf('\r') === -1) return input;
    return input.replace(tabOrNewline, '');
  }

  // ---- the state machine -------------------------------------------------

  const includesCredentials = (url) => url.username !== '' || url.password !== '';

  function isWindowsDriveLetter(s) {
    return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
      (s[1] === ':' || s[1] === '|');
  }
  const startsWithNormalizedDriveLetter = (s) =>
    s.length >= 2 && isAlpha(s.charCodeAt(0)) && s[1] === ':';

  function startsWithWindowsDriveLetter(input, p) {
    if (input.length - p < 2) return false;
    if (!isAlpha(input.charCodeAt(p))) return false;
    const c1 = input[p + 1];
    if (c1 !== ':' && c1 !== '|') return false;
    if (input.length - p === 2) return true;
    const c2 = input[p + 2];
    return c2 === '/' || c2 === '\\' || c2 === '?' || c2 === '#';
  }

  // Returns whether a segment went. As in Node (ada), a file path's first
  // segment stays when it starts with a drive letter ("C:x" too), and a path
  // taken over from an opaque base (see NO_SCHEME) keeps its first segment.
  function shortenPath(url) {
    const path = url.path;
    if (url.scheme === 'file' && path.length === 1 &&
        startsWithNormalizedDriveLetter(path[0])) return false;
    if (url.opaqueBasePath && path.length <= 1) return false;
    if (path.length === 0) return false;
    path.pop();
    return true;
  }

  // A base's query as a relative reference takes it over: Node (ada) drops
  // an empty one ("" against "http://a/b?" is "http://a/b").
  const baseQuery = (base) => (base.query === '' ? null : base.query);

  // Node (ada) copies a path verbatim, without looking for dot segments,
  // when the URL has no path, query or fragment yet and the path holds
  // nothing to encode or decode (no "%", nor "\\" when special) and either
  // no "." or only dots where the first "/." in it is not a dot segment
  // ("/a/.b/../c" stays as it is).
  function isTrivialPath(url, view, special) {
    if (url.path.length !== 0 || url.query !== null || url.fragment !== null) {
      return false;
    }
    let acc = 0;
    for (let i = 0; i < view.length; i++) {
      const c = view.charCodeAt(i);
      if (c <= 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e ||
          c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d || c > 0x7e) {
        acc |= 1;
      } else if (c === 0x25) {
        acc |= 8;
      } else if (c === 0x2e) {
        acc |= 4;
      } else if (c === 0x5c) {
        acc |= 2;
      }
    }
    const slowFile = url.scheme === 'file' && startsWithWindowsDriveLetter(view, 0);
    if (slowFile) return false;
    if (acc === 4) {
      if (view[0] === '.') return false;
      const at = view.indexOf('/.');
      if (at === -1) return true;
      const next = view[at + 2];
      return !(next === undefined || next === '.' || next === '/');
    }
    return special ? acc === 0 : (acc & 13) === 0;
  }

  const singleDot = /^(\.|%2e)$/i;
  const doubleDot = /^(\.|%2e)(\.|%2e)$/i;

  // The basic URL parser on an already cleaned-up input. Returns the URL
  // record, or null on failure. With a state override it changes `url` in
  // place (the setters) and the result only says whether it failed.
  function basicParse(input, base, url, stateOverride) {
    if (url === null) url = newRecord();
    let state = stateOverride || SCHEME_START;
    let buffer = '';
    let pathStarted = false;
    let pointer = 0;
    const len = input.length;
    let special = isSpecialScheme(url.scheme);

    for (;;) {
      const c = pointer < len ? input.charCodeAt(pointer) : EOF;
      switch (state) {
        case SCHEME_START:
          if (isAlpha(c)) {
            buffer += input[pointer].toLowerCase();
            state = SCHEME;
          } else if (!stateOverride) {
            state = NO_SCHEME;
            pointer--;
          } else {
            return null;
          }
          break;

        case SCHEME:
          if (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
            buffer += input[pointer].toLowerCase();
          } else if (c === 0x3a) {
            if (stateOverride) {
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
              if ((includesCredentials(url) || url.port !== null) &&
                  buffer === 'file') return url;
              if (url.scheme === 'file' && url.host === '') return url;
            }
            url.scheme = buffer;
            special = isSpecialScheme(buffer);
            if (stateOverride) {
              // Node (ada) counts port 0 as a non-special scheme's default.
              if (url.port === (defaultPort(url.scheme) ?? (special ? null : 0))) {
                url.port = null;
              }
              return url;
            }
            buffer = '';
            if (url.scheme === 'file') {
              state = FILE;
            } else if (special && base !== null && base.scheme === url.scheme) {
              state = SPECIAL_RELATIVE_OR_AUTHORITY;
            } else if (special) {
              state = SPECIAL_AUTHORITY_SLASHES;
            } else if (input.charCodeAt(pointer + 1) === 0x2f) {
              state = PATH_OR_AUTHORITY;
              pointer++;
            } else {
              url.path = '';
              state = OPAQUE_PATH;
            }
          } else if (!stateOverride) {
            buffer = '';
            state = NO_SCHEME;
            pointer = -1;
          } else {
            return null;
          }
          break;

        case NO_SCHEME:
          // Node (ada) lets a relative reference resolve against a base
          // with an opaque path when the input has a "#" anywhere (not only
          // first); the opaque path is then split at "/" (see RELATIVE).
          if (base === null || (typeof base.path === 'string' &&
                                input.indexOf('#') === -1)) {
            return null;
          } else if (typeof base.path === 'string' && c === 0x23) {
            url.scheme = base.scheme;
            url.path = base.path;
            url.query = baseQuery(base);
            url.fragment = '';
            special = isSpecialScheme(url.scheme);
            state = FRAGMENT_STATE;
          } else {
            state = base.scheme === 'file' ? FILE : RELATIVE;
            pointer--;
          }
          break;

        case SPECIAL_RELATIVE_OR_AUTHORITY:
          if (c === 0x2f && input.charCodeAt(pointer + 1) === 0x2f) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
            pointer++;
          } else {
            state = RELATIVE;
            pointer--;
          }
          break;

        case PATH_OR_AUTHORITY:
          if (c === 0x2f) {
            state = AUTHORITY;
          } else {
            state = PATH_STATE;
            pointer--;
          }
          break;

        case RELATIVE:
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          if (c === 0x2f || (special && c === 0x5c)) {
            state = RELATIVE_SLASH;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            url.query = baseQuery(base);
            if (typeof base.path !== 'string') {
              url.path = base.path.slice();
            } else if (c === 0x3f) {
              url.path = base.path;
            } else {
              url.path = base.path.split('/');
              url.opaqueBasePath = true;
            }
            if (c === 0x3f) {
              url.query = '';
              state = QUERY_STATE;
            } else if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT_STATE;
            } else if (c !== EOF) {
              url.query = null;
              shortenPath(url);
              state = PATH_STATE;
              pointer--;
            }
          }
          break;

        case RELATIVE_SLASH:
          if (special && (c === 0x2f || c === 0x5c)) {
            state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          } else if (c === 0x2f) {
            state = AUTHORITY;
          } else {
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            state = PATH_STATE;
            pointer--;
          }
          break;

        case SPECIAL_AUTHORITY_SLASHES:
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          if (c === 0x2f && input.charCodeAt(pointer + 1) === 0x2f) pointer++;
          else pointer--;
          break;

        case SPECIAL_AUTHORITY_IGNORE_SLASHES:
          if (c !== 0x2f && c !== 0x5c) {
            state = AUTHORITY;
            pointer--;
          }
          break;

        case AUTHORITY: {
          // The authority runs to the first "/", "?" or "#" ("\\" too when
          // special); its last "@" ends the credentials, which hold the
          // earlier ones (encoded), and their first ":" starts the password.
          let end = pointer;
          let at = -1;
          for (; end < len; end++) {
            const d = input.charCodeAt(end);
            if (d === 0x2f || d === 0x3f || d === 0x23 || (special && d === 0x5c)) break;
            if (d === 0x40) at = end;
          }
          if (at !== -1) {
            const credentials = input.slice(pointer, at);
            const colon = credentials.indexOf(':');
            if (colon === -1) {
              url.username += percentEncode(credentials, USERINFO);
            } else {
              url.username += percentEncode(credentials.slice(0, colon), USERINFO);
              url.password += percentEncode(credentials.slice(colon + 1), USERINFO);
            }
            if (at + 1 === end) return null;
            pointer = at;
          } else {
            pointer--;
          }
          state = HOST;
          break;
        }

        case HOST:
        case HOSTNAME: {
          if (stateOverride && url.scheme === 'file') {
            pointer--;
            state = FILE_HOST;
            break;
          }
          // Up to a ":" outside brackets, or the end of the authority.
          let end = pointer;
          for (let brackets = false; end < len; end++) {
            const d = input.charCodeAt(end);
            if (d === 0x3a && !brackets) break;
            if (d === 0x2f || d === 0x3f || d === 0x23 || (special && d === 0x5c)) break;
            if (d === 0x5b) brackets = true;
            else if (d === 0x5d) brackets = false;
          }
          const hostInput = input.slice(pointer, end);
          if (end < len && input.charCodeAt(end) === 0x3a) {
            if (hostInput === '') return null;
            if (stateOverride === HOSTNAME) return null;
            const host = parseHost(hostInput, !special);
            if (host === null) return null;
            url.host = host;
            pointer = end;
            state = PORT;
            break;
          }
          if (special && hostInput === '') return null;
          if (stateOverride && hostInput === '' &&
              (includesCredentials(url) || url.port !== null)) return null;
          const host = parseHost(hostInput, !special);
          if (host === null) return null;
          url.host = host;
          pointer = end - 1;
          state = PATH_START;
          if (stateOverride) return url;
          break;
        }

        case PORT: {
          let end = pointer;
          while (end < len && isDigit(input.charCodeAt(end))) end++;
          const d = end < len ? input.charCodeAt(end) : EOF;
          if (d === EOF || d === 0x2f || d === 0x3f || d === 0x23 ||
              (special && d === 0x5c) || stateOverride) {
            if (end > pointer) {
              const port = parseInt(input.slice(pointer, end), 10);
              if (port > 65535) return null;
              url.port = port === defaultPort(url.scheme) ? null : port;
            }
            if (stateOverride) return url;
            state = PATH_START;
            pointer = end - 1;
          } else {
            return null;
          }
          break;
        }

        case FILE:
          url.scheme = 'file';
          special = true;
          url.host = '';
          if (c === 0x2f || c === 0x5c) {
            state = FILE_SLASH;
          } else if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            url.path = base.path.slice();
            url.query = baseQuery(base);
            if (c === 0x3f) {
              url.query = '';
              state = QUERY_STATE;
            } else if (c === 0x23) {
              url.fragment = '';
              state = FRAGMENT_STATE;
            } else if (c !== EOF) {
              url.query = null;
              if (!startsWithWindowsDriveLetter(input, pointer)) shortenPath(url);
              else url.path = [];
              state = PATH_STATE;
              pointer--;
            }
          } else {
            state = PATH_STATE;
            pointer--;
          }
          break;

        case FILE_SLASH:
          if (c === 0x2f || c === 0x5c) {
            state = FILE_HOST;
          } else {
            if (base !== null && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithWindowsDriveLetter(input, pointer) &&
                  base.path.length > 0 &&
                  startsWithNormalizedDriveLetter(base.path[0])) {
                url.path.push(base.path[0]);
              }
            }
            state = PATH_STATE;
            pointer--;
          }
          break;

        case FILE_HOST:
          if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
            pointer--;
            if (!stateOverride && isWindowsDriveLetter(buffer)) {
              state = PATH_STATE;
            } else if (buffer === '') {
              url.host = '';
              if (stateOverride) return url;
              state = PATH_START;
            } else {
              let host = parseHost(buffer, !special);
              if (host === null) return null;
              if (host === 'localhost') host = '';
              url.host = host;
              if (stateOverride) return url;
              buffer = '';
              state = PATH_START;
            }
          } else {
            buffer += input[pointer];
          }
          break;

        case PATH_START:
          if (special) {
            state = PATH_STATE;
            if (c !== 0x2f && c !== 0x5c) pointer--;
          } else if (!stateOverride && c === 0x3f) {
            url.query = '';
            state = QUERY_STATE;
          } else if (!stateOverride && c === 0x23) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          } else if (c !== EOF) {
            state = PATH_STATE;
            if (c !== 0x2f) pointer--;
          } else if (stateOverride && url.host === null) {
            url.path.push('');
          }
          break;

        case PATH_STATE: {
          if (buffer === '' && !pathStarted) {
            pathStarted = true;
            let pathEnd = len;
            if (!stateOverride) {
              const q = input.indexOf('?', pointer);
              const h = input.indexOf('#', pointer);
              if (q !== -1) pathEnd = q;
              if (h !== -1 && h < pathEnd) pathEnd = h;
            }
            const view = input.slice(pointer, pathEnd);
            if (isTrivialPath(url, view, special)) {
              for (const segment of view.split('/')) url.path.push(segment);
              pointer = pathEnd;
              const d = pathEnd < len ? input.charCodeAt(pathEnd) : EOF;
              if (d === 0x3f) {
                url.query = '';
                state = QUERY_STATE;
              } else if (d === 0x23) {
                url.fragment = '';
                state = FRAGMENT_STATE;
              }
              break;
            }
          }
          // One segment at a time: up to the next "/" (or "\" when special),
          // or "?"/"#" unless a setter is parsing a path.
          let end = pointer;
          for (; end < len; end++) {
            const d = input.charCodeAt(end);
            if (d === 0x2f || (special && d === 0x5c) ||
                (!stateOverride && (d === 0x3f || d === 0x23))) break;
          }
          buffer += input.slice(pointer, end);
          pointer = end;
          const d = end < len ? input.charCodeAt(end) : EOF;
          const slash = d === 0x2f || (special && d === 0x5c);
          if (doubleDot.test(buffer)) {
            // Node (ada) leaves a non-special URL's path empty when a final
            // ".." had nothing to remove ("sc://h/.." is "sc://h").
            if (shortenPath(url) ? !slash : !slash && special) url.path.push('');
          } else if (singleDot.test(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 &&
                isWindowsDriveLetter(buffer)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(percentEncode(buffer, PATH));
          }
          buffer = '';
          if (d === 0x3f) {
            url.query = '';
            state = QUERY_STATE;
          } else if (d === 0x23) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          }
          break;
        }

        case OPAQUE_PATH: {
          let end = pointer;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 0x3f || d === 0x23) break;
            end++;
          }
          url.path += percentEncode(input.slice(pointer, end), C0);
          pointer = end;
          if (c === EOF) break;
          const d = end < len ? input.charCodeAt(end) : EOF;
          if (d === 0x3f) {
            url.query = '';
            state = QUERY_STATE;
          } else if (d === 0x23) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          }
          break;
        }

        case QUERY_STATE: {
          let end = stateOverride ? -1 : input.indexOf('#', pointer);
          if (end === -1) end = len;
          url.query += percentEncode(input.slice(pointer, end),
                                     special ? SPECIAL_QUERY : QUERY);
          pointer = end;
          if (end < len) {
            url.fragment = '';
            state = FRAGMENT_STATE;
          }
          break;
        }

        case FRAGMENT_STATE:
          if (pointer < len) {
            url.fragment += percentEncode(input.slice(pointer), FRAGMENT);
            pointer = len;
          }
          break;
      }
      if (pointer >= len) break;
      pointer++;
    }
    if (url.opaqueBasePath) {
      url.path = url.path.join('/');
      delete url.opaqueBasePath;
    }
    return url;
  }

  // The URL parser (no encoding override): a URL record, or null.
  function parseURL(input, base) {
    return basicParse(trimInput(input), base, null, 0);
  }

  // A setter's parse: changes `url` in place; false when it failed.
  function parseInto(input, url, stateOverride) {
    return basicParse(removeTabsAndNewlines(input), null, url, stateOverride) !== null;
  }

  // ---- serializers -------------------------------------------------------

  function serializePath(url) {
    if (typeof url.path === 'string') return url.path;
    let out = '';
    for (const segment of url.path) out += '/' + segment;
    return out;
  }

  function serializeURL(url, excludeFragment) {
    let out = url.scheme + ':';
    if (url.host !== null) {
      out += '//';
      if (includesCredentials(url)) {
        out += url.username;
        if (url.password !== '') out += ':' + url.password;
        out += '@';
      }
      out += url.host;
      if (url.port !== null) out += ':' + url.port;
    } else if (typeof url.path !== 'string' && url.path.length > 1 &&
               url.path[0] === '') {
      out += '/.';
    }
    out += serializePath(url);
    if (url.query !== null) out += '?' + url.query;
    if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
    return out;
  }

  // The serialization of the URL's origin ("null" for an opaque origin).
  function serializeOrigin(url) {
    switch (url.scheme) {
      case 'blob': {
        const inner = parseURL(serializePath(url), null);
        if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
          return serializeOrigin(inner);
        }
        return 'null';
      }
      case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
        return url.scheme + '://' + url.host +
          (url.port === null ? '' : ':' + url.port);
      default:
        return 'null';
    }
  }

  module.exports = {
    states: { SCHEME_START, AUTHORITY, HOST, HOSTNAME, PORT, PATH_START,
      QUERY: QUERY_STATE, FRAGMENT: FRAGMENT_STATE },
    toUSVString, parseURL, parseInto, parseHost, serializeURL, serializePath,
    serializeOrigin, isSpecialScheme, defaultPort, includesCredentials,
  };
});
