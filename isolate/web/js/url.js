// URL (URL Standard) as Node 20 has it: the class, its getters and setters,
// URL.parse/canParse, Node's errors (ERR_INVALID_URL with `input` and
// `base`, ERR_MISSING_ARGS) and its util.inspect output. The parser lives in
// url_parser.js, URLSearchParams in url_search_params.js.
(function (exports, require, binding, internals, module) {
  'use strict';
  const parser = require('internal:web/url_parser');
  const { percentEncode, parseForm, sets } = require('internal:web/url_encoding');
  const params = require('internal:web/url_search_params');
  const { URLSearchParams, setList, linkToURL, nodeTypeError, missingArgs } = params;
  const { toUSVString, parseURL, parseInto, parseHost, serializeURL,
    serializePath, serializeOrigin, states, includesCredentials } = parser;
  const { inspect } = internals;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  const kNotURL = 'Receiver must be an instance of class URL';
  const kNotContext = 'Cannot read private member #context from an object ' +
    'whose class did not declare it';
  const kNotSearchParams = 'Cannot read private member #searchParams from an ' +
    'object whose class did not declare it';

  function invalidURL(input, base) {
    const error = nodeTypeError('ERR_INVALID_URL', 'Invalid URL');
    error.input = input;
    if (base !== undefined) error.base = base;
    return error;
  }

  const tabsAndNewlines = /[\t\n\r]/g;
  const removeTabsAndNewlines = (s) => s.replace(tabsAndNewlines, '');

  // The port setter as Node 20 (ada) does it: the leading digits are the
  // port, a value with digits that does not start with one clears it, and
  // a value starting with a control, a space or "-", or one without a
  // digit, or a port above 65535, changes nothing.
  function setPort(url, value) {
    if (value === '') {
      url.port = null;
      return;
    }
    const first = value.charCodeAt(0);
    if (first <= 0x20 || first === 0x2d || !/[0-9]/.test(value)) return;
    const digits = /^[0-9]*/.exec(value)[0];
    if (digits === '') {
      url.port = null;
      return;
    }
    const port = parseInt(digits, 10);
    if (port > 65535) return;
    url.port = port === parser.defaultPort(url.scheme) ? null : port;
  }

  // The host and hostname setters as Node 20 (ada) does them: the standard's
  // host state, except that what follows a ":" goes through the port setter
  // above, and that a non-special URL without a host gets neither an empty
  // host nor a port. Returns whether it set the host.
  function setHost(url, value, hostnameOnly) {
    if (typeof url.path === 'string') return false;
    if (url.scheme === 'file') {
      return parseInto(value, url, hostnameOnly ? states.HOSTNAME : states.HOST);
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    value = removeTabsAndNewlines(value);
    const special = parser.isSpecialScheme(url.scheme);
    let end = 0;
    let colon = false;
    for (let brackets = false; end < value.length; end++) {
      const c = value[end];
      if (c === '/' || c === '?' || (special && c === '\\')) break;
      if (c === '[') brackets = true;
      if (c === ']') brackets = false;
      if (c === ':' && !brackets) {
        colon = true;
        break;
      }
    }
    const hostless = url.host === null;
    const buffer = value.slice(0, end);
    if (colon) {
      if (buffer === '' || hostnameOnly) return false;
      const host = parseHost(buffer, !special);
      if (host === null) return false;
      url.host = host;
      if (hostless && !special) return true;
      const port = value.slice(end + 1);
      if (port !== '') setPort(url, port);
      return true;
    }
    if (buffer === '') {
      if (special || includesCredentials(url) || url.port !== null) return false;
      // Without a host, only a path that needs "/." before it (ada's "dash
      // dot") takes the empty host.
      if (!hostless || (url.path.length > 1 && url.path[0] === '')) url.host = '';
      return true;
    }
    const host = parseHost(buffer, !special);
    if (host === null) return false;
    url.host = host;
    return true;
  }

  // node:url's domainToASCII: the hostname setter on "ws://x" (so IPv4
  // forms are normalized and what follows a "/", "?" or "#" is dropped),
  // or "" when it fails.
  function hostnameOf(domain) {
    const url = parseURL('ws://x', null);
    return setHost(url, domain, true) ? url.host : '';
  }

  const cannotHaveCredentialsOrPort = (url) =>
    url.host === null || url.host === '' || url.scheme === 'file';

  // The URL Standard's "potentially strip trailing spaces from an opaque
  // path".
  function stripTrailingSpaces(url) {
    if (typeof url.path !== 'string' || url.fragment !== null ||
        url.query !== null) return;
    let end = url.path.length;
    while (end > 0 && url.path.charCodeAt(end - 1) === 0x20) end--;
    url.path = url.path.slice(0, end);
  }

  function parseWithBase(input, base) {
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = parseURL(base, null);
      if (baseRecord === null) return null;
    }
    return parseURL(input, baseRecord);
  }

  class URL {
    #url;
    #searchParams = null;

    constructor(input, base = undefined) {
      if (arguments.length === 0) throw missingArgs('url');
      input = toUSVString(input);
      if (base !== undefined) base = toUSVString(base);
      const url = parseWithBase(input, base);
      if (url === null) throw invalidURL(input, base);
      this.#url = url;
    }

    static parse(input, base = undefined) {
      if (arguments.length === 0) throw missingArgs('url');
      try {
        return new URL(input, base);
      } catch (error) {
        if (error?.code === 'ERR_INVALID_URL') return null;
        throw error;
      }
    }

    static canParse(input, base = undefined) {
      if (arguments.length === 0) throw missingArgs('url');
      input = toUSVString(input);
      if (base !== undefined) base = toUSVString(base);
      return parseWithBase(input, base) !== null;
    }

    // The URL record of `self`, or the TypeError Node's URL throws for a
    // foreign receiver (its wording depends on the member, as in Node).
    static #record(self, message = kNotContext) {
      if (self === null || typeof self !== 'object' || !(#url in self)) {
        throw new TypeError(message);
      }
      return self.#url;
    }

    // After a setter changed the query: the searchParams list follows.
    #queryChanged() {
      if (this.#searchParams !== null) {
        setList(this.#searchParams, parseForm(this.#url.query ?? ''));
      }
    }

    toString() { return serializeURL(URL.#record(this, kNotURL), false); }

    get href() { return serializeURL(URL.#record(this, kNotURL), false); }
    set href(value) {
      URL.#record(this);
      value = toUSVString(value);
      const url = parseURL(value, null);
      if (url === null) throw invalidURL(value, undefined);
      this.#url = url;
      this.#queryChanged();
    }

    get origin() { return serializeOrigin(URL.#record(this)); }

    get protocol() { return URL.#record(this).scheme + ':'; }
    set protocol(value) {
      parseInto(toUSVString(value) + ':', URL.#record(this), states.SCHEME_START);
    }

    get username() { return URL.#record(this).username; }
    set username(value) {
      const url = URL.#record(this);
      value = toUSVString(value);
      if (cannotHaveCredentialsOrPort(url)) return;
      url.username = percentEncode(value, sets.USERINFO);
    }

    get password() { return URL.#record(this).password; }
    set password(value) {
      const url = URL.#record(this);
      value = toUSVString(value);
      if (cannotHaveCredentialsOrPort(url)) return;
      url.password = percentEncode(value, sets.USERINFO);
    }

    get host() {
      const url = URL.#record(this);
      if (url.host === null) return '';
      return url.port === null ? url.host : `${url.host}:${url.port}`;
    }
    set host(value) {
      setHost(URL.#record(this), toUSVString(value), false);
    }

    get hostname() { return URL.#record(this).host ?? ''; }
    set hostname(value) {
      setHost(URL.#record(this), toUSVString(value), true);
    }

    get port() {
      const port = URL.#record(this).port;
      return port === null ? '' : `${port}`;
    }
    set port(value) {
      const url = URL.#record(this);
      value = toUSVString(value);
      if (cannotHaveCredentialsOrPort(url)) return;
      setPort(url, removeTabsAndNewlines(value));
    }

    get pathname() { return serializePath(URL.#record(this)); }
    set pathname(value) {
      const url = URL.#record(this);
      value = toUSVString(value);
      if (typeof url.path === 'string') return;
      url.path = [];
      parseInto(value, url, states.PATH_START);
    }

    get search() {
      const query = URL.#record(this, kNotURL).query;
      return query === null || query === '' ? '' : '?' + query;
    }
    set search(value) {
      const url = URL.#record(this);
      value = toUSVString(value);
      if (value === '') {
        url.query = null;
        stripTrailingSpaces(url);
      } else {
        if (value[0] === '?') value = value.slice(1);
        url.query = '';
        parseInto(value, url, states.QUERY);
      }
      this.#queryChanged();
    }

    get searchParams() {
      const url = URL.#record(this, kNotSearchParams);
      if (this.#searchParams === null) {
        const searchParams = new URLSearchParams();
        setList(searchParams, parseForm(url.query ?? ''));
        linkToURL(searchParams, {
          update: (serialized) => {
            const record = this.#url;
            record.query = serialized === '' ? null : serialized;
            if (serialized === '') stripTrailingSpaces(record);
          },
        });
        this.#searchParams = searchParams;
      }
      return this.#searchParams;
    }

    get hash() {
      const fragment = URL.#record(this).fragment;
      return fragment === null || fragment === '' ? '' : '#' + fragment;
    }
    set hash(value) {
      const url = URL.#record(this);
      value = toUSVString(value);
      if (value === '') {
        url.fragment = null;
        stripTrailingSpaces(url);
        return;
      }
      if (value[0] === '#') value = value.slice(1);
      url.fragment = '';
      parseInto(value, url, states.FRAGMENT);
    }

    toJSON() { return serializeURL(URL.#record(this, kNotURL), false); }

    [customInspect](depth, options) {
      URL.#record(this);
      if (typeof depth === 'number' && depth < 0) return this;
      let ctor = URL;
      for (let o = Object.getPrototypeOf(this); o !== null; o = Object.getPrototypeOf(o)) {
        const desc = Object.getOwnPropertyDescriptor(o, 'constructor');
        if (desc !== undefined && typeof desc.value === 'function') {
          ctor = desc.value;
          break;
        }
      }
      const fields = {
        href: this.href, origin: this.origin, protocol: this.protocol,
        username: this.username, password: this.password, host: this.host,
        hostname: this.hostname, port: this.port, pathname: this.pathname,
        search: this.search, searchParams: this.searchParams, hash: this.hash,
      };
      return `${ctor.name} ${inspect(fields, options)}`;
    }
  }

  // Node's shape: accessors and methods enumerable, a toStringTag.
  const proto = URL.prototype;
  for (const key of ['toString', 'href', 'origin', 'protocol', 'username',
    'password', 'host', 'hostname', 'port', 'pathname', 'search',
    'searchParams', 'hash', 'toJSON']) {
    Object.defineProperty(proto, key, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: 'URL', configurable: true,
  });

  // Blob URLs: a store per runtime (Node's URL.createObjectURL).
  const blobStore = new Map();
  function createObjectURL(obj) {
    const Blob = internals.global.Blob;
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      const error = nodeTypeError('ERR_INVALID_ARG_TYPE',
        'The "obj" argument must be an instance of Blob.' +
        internals.describeReceived(obj));
      throw error;
    }
    const hex = () => Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');
    const id = `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-` +
      `${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex().slice(1)}-` +
      `${hex()}${hex()}${hex()}`;
    blobStore.set(id, obj);
    return `blob:nodedata:${id}`;
  }
  function revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    const parsed = URL.parse(url);
    if (parsed === null || parsed.protocol !== 'blob:') return;
    const path = parsed.pathname;
    if (path.startsWith('nodedata:')) blobStore.delete(path.slice(9));
  }
  for (const [name, fn] of [['parse', URL.parse], ['canParse', URL.canParse],
    ['createObjectURL', createObjectURL], ['revokeObjectURL', revokeObjectURL]]) {
    Object.defineProperty(URL, name, {
      value: fn, writable: true, configurable: true, enumerable: true,
    });
  }

  module.exports = { URL, URLSearchParams, blobStore, invalidURL, hostnameOf,
    nodeTypeError, missingArgs };
});
