// URLSearchParams (URL Standard), with Node 20's argument checks, errors and
// util.inspect output. The pair list is flat: [name, value, name, ...]. A
// URL's searchParams object is linked to its URL (setURL): changes to the
// list update the URL's query, and URL setters replace the list (setList).
(function (exports, require, binding, internals, module) {
  'use strict';
  const { toUSVString } = require('internal:web/url_parser');
  const { parseForm, serializeForm } = require('internal:web/url_encoding');
  const { inspect } = internals;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  function nodeTypeError(code, message) {
    const error = new TypeError(message);
    Object.defineProperty(error, 'code', {
      value: code, writable: true, configurable: true, enumerable: true,
    });
    return error;
  }
  const missingArgs = (...names) => nodeTypeError('ERR_MISSING_ARGS',
    names.length === 1 ? `The "${names[0]}" argument must be specified` :
      `The "${names[0]}" and "${names[1]}" arguments must be specified`);
  const invalidThis = (type) => nodeTypeError('ERR_INVALID_THIS',
    `Value of "this" must be of type ${type}`);
  const invalidTuple = () => nodeTypeError('ERR_INVALID_TUPLE',
    'Each query pair must be an iterable [name, value] tuple');

  // The URL a searchParams object belongs to: { update(serialized) }.
  const owners = new WeakMap();
  const removeColors = (s) => s.replace(/\u001b\[\d\d?m/g, '');

  class URLSearchParams {
    #list = [];

    constructor(init = undefined) {
      if (init === undefined || init === null) return;
      if (typeof init === 'object' || typeof init === 'function') {
        const method = init[Symbol.iterator];
        if (method === this[Symbol.iterator] && #list in init) {
          this.#list = init.#list.slice();
        } else if (method !== undefined && method !== null) {
          if (typeof method !== 'function') {
            throw nodeTypeError('ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
          }
          const pairs = [];
          for (const pair of init) {
            if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                pair === null || typeof pair[Symbol.iterator] !== 'function') {
              throw invalidTuple();
            }
            pairs.push(Array.from(pair));
          }
          for (const pair of pairs) {
            if (pair.length !== 2) throw invalidTuple();
            this.#list.push(toUSVString(pair[0]), toUSVString(pair[1]));
          }
        } else {
          // A record: own enumerable keys; two keys that become the same
          // USVString keep the first one's place and the last one's value.
          const seen = new Map();
          for (const key of Reflect.ownKeys(init)) {
            const desc = Reflect.getOwnPropertyDescriptor(init, key);
            if (desc === undefined || !desc.enumerable) continue;
            const name = toUSVString(key);
            const value = toUSVString(init[key]);
            const at = seen.get(name);
            if (at !== undefined) {
              this.#list[at + 1] = value;
            } else {
              seen.set(name, this.#list.length);
              this.#list.push(name, value);
            }
          }
        }
      } else {
        let query = toUSVString(init);
        if (query[0] === '?') query = query.slice(1);
        this.#list = parseForm(query);
      }
    }

    static #check(self) {
      if (self === null || typeof self !== 'object' || !(#list in self)) {
        throw invalidThis('URLSearchParams');
      }
    }

    #update() {
      const owner = owners.get(this);
      if (owner !== undefined) owner.update(serializeForm(this.#list));
    }

    get size() {
      URLSearchParams.#check(this);
      return this.#list.length / 2;
    }

    append(name, value) {
      URLSearchParams.#check(this);
      if (arguments.length < 2) throw missingArgs('name', 'value');
      this.#list.push(toUSVString(name), toUSVString(value));
      this.#update();
    }

    delete(name, value = undefined) {
      URLSearchParams.#check(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSVString(name);
      const list = this.#list;
      if (value !== undefined) {
        value = toUSVString(value);
        for (let i = 0; i < list.length;) {
          if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
          else i += 2;
        }
      } else {
        for (let i = 0; i < list.length;) {
          if (list[i] === name) list.splice(i, 2);
          else i += 2;
        }
      }
      this.#update();
    }

    get(name) {
      URLSearchParams.#check(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSVString(name);
      const list = this.#list;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) return list[i + 1];
      }
      return null;
    }

    getAll(name) {
      URLSearchParams.#check(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSVString(name);
      const list = this.#list;
      const values = [];
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name) values.push(list[i + 1]);
      }
      return values;
    }

    has(name, value = undefined) {
      URLSearchParams.#check(this);
      if (arguments.length < 1) throw missingArgs('name');
      name = toUSVString(name);
      if (value !== undefined) value = toUSVString(value);
      const list = this.#list;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === name && (value === undefined || list[i + 1] === value)) {
          return true;
        }
      }
      return false;
    }

    set(name, value) {
      URLSearchParams.#check(this);
      if (arguments.length < 2) throw missingArgs('name', 'value');
      name = toUSVString(name);
      value = toUSVString(value);
      const list = this.#list;
      let found = false;
      for (let i = 0; i < list.length;) {
        if (list[i] !== name) {
          i += 2;
        } else if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      }
      if (!found) list.push(name, value);
      this.#update();
    }

    sort() {
      URLSearchParams.#check(this);
      const list = this.#list;
      const pairs = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
      // Stable, by UTF-16 code units of the names.
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (let i = 0; i < pairs.length; i++) {
        list[2 * i] = pairs[i][0];
        list[2 * i + 1] = pairs[i][1];
      }
      this.#update();
    }

    entries() {
      URLSearchParams.#check(this);
      return newIterator(this, 'key+value');
    }

    forEach(callback, thisArg = undefined) {
      URLSearchParams.#check(this);
      if (typeof callback !== 'function') {
        throw internals.invalidArgType('callback', 'function', callback);
      }
      for (let i = 0; i < this.#list.length; i += 2) {
        const list = this.#list;
        callback.call(thisArg, list[i + 1], list[i], this);
      }
    }

    keys() {
      URLSearchParams.#check(this);
      return newIterator(this, 'key');
    }

    values() {
      URLSearchParams.#check(this);
      return newIterator(this, 'value');
    }

    toString() {
      URLSearchParams.#check(this);
      return serializeForm(this.#list);
    }

    [customInspect](depth, options) {
      URLSearchParams.#check(this);
      if (typeof depth === 'number' && depth < 0) {
        return options.stylize('[Object]', 'special');
      }
      const inner = { ...options };
      if (depth !== null) inner.depth = depth - 1;
      const list = this.#list;
      const parts = [];
      for (let i = 0; i < list.length; i += 2) {
        parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
      }
      const name = this.constructor.name;
      let width = -2;
      for (const part of parts) width += removeColors(part).length + 2;
      if (width > options.breakLength) {
        return `${name} {\n  ${parts.join(',\n  ')} }`;
      }
      return parts.length > 0 ? `${name} { ${parts.join(', ')} }` : `${name} {}`;
    }

    // Internal access for URL and the iterators (not reachable from user
    // code: the module object is private to the built-ins).
    static listOf(params) { return params.#list; }
    static setList(params, list) { params.#list = list; }
  }

  const listOf = URLSearchParams.listOf;
  const setList = URLSearchParams.setList;
  delete URLSearchParams.listOf;
  delete URLSearchParams.setList;

  // ---- iterators -----------------------------------------------------------

  const iteratorState = new WeakMap();
  const IteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf([][Symbol.iterator]()));
  const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype);

  function newIterator(target, kind) {
    const iterator = Object.create(URLSearchParamsIteratorPrototype);
    iteratorState.set(iterator, { target, kind, index: 0 });
    return iterator;
  }

  function stateOf(iterator) {
    const state = iterator !== null && typeof iterator === 'object' ?
      iteratorState.get(iterator) : undefined;
    if (state === undefined) throw invalidThis('URLSearchParamsIterator');
    return state;
  }

  const iteratorMethods = {
    next() {
      const state = stateOf(this);
      const list = listOf(state.target);
      if (state.index >= list.length) return { value: undefined, done: true };
      const name = list[state.index];
      const value = list[state.index + 1];
      state.index += 2;
      if (state.kind === 'key') return { value: name, done: false };
      if (state.kind === 'value') return { value, done: false };
      return { value: [name, value], done: false };
    },
    [customInspect](depth, options) {
      const state = stateOf(this);
      if (typeof depth === 'number' && depth < 0) {
        return options.stylize('[Object]', 'special');
      }
      const inner = { ...options };
      if (depth !== null) inner.depth = depth - 1;
      const list = listOf(state.target);
      const items = [];
      for (let i = state.index; i < list.length; i += 2) {
        if (state.kind === 'key') items.push(list[i]);
        else if (state.kind === 'value') items.push(list[i + 1]);
        else items.push([list[i], list[i + 1]]);
      }
      const strings = items.map((item) => inspect(item, inner));
      const body = inspect(items, inner).includes('\n') ?
        `\n  ${strings.join(',\n  ')}` : ` ${strings.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
  };
  Object.defineProperties(URLSearchParamsIteratorPrototype, {
    next: { value: iteratorMethods.next, writable: true, configurable: true, enumerable: true },
    [customInspect]: { value: iteratorMethods[customInspect], writable: true,
      configurable: true, enumerable: false },
    [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  });

  // ---- the prototype's shape, as in Node -----------------------------------

  const proto = URLSearchParams.prototype;
  for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set',
    'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
    Object.defineProperty(proto, key, { enumerable: true });
  }
  Object.defineProperty(proto, customInspect, { enumerable: false });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: 'URLSearchParams', configurable: true,
  });
  Object.defineProperty(proto, Symbol.iterator, {
    value: proto.entries, writable: true, configurable: true, enumerable: false,
  });

  // Links a URL's searchParams object to its URL: `owner.update(query)` is
  // called with the serialized list after each change.
  function linkToURL(params, owner) { owners.set(params, owner); }

  module.exports = { URLSearchParams, listOf, setList, linkToURL, nodeTypeError,
    missingArgs };
});
