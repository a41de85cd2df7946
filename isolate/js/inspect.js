/*
 * isohost console formatting: util.inspect() and util.format()
 * ============================================================
 *
 * An independent implementation of Node.js' value formatting (the output of
 * console.log / util.inspect / util.format), written to match Node 20 byte
 * for byte with the default options (depth 2, colors false, compact 3,
 * breakLength 80, maxArrayLength 100, maxStringLength 10000, sorted false).
 *
 * How the host uses it
 * --------------------
 * This file is a classic script (no modules, no require). Its completion
 * value is the factory function below, so the host does roughly:
 *
 *     v8::Local<v8::Value> f = v8::Script::Compile(ctx, src)->Run(ctx);
 *     auto api = f.As<v8::Function>()->Call(ctx, undefined, 1, &hooks);
 *     // api.inspect(value[, options]) -> string  (util.inspect; options as
 *     //                                             in Node: depth, colors,
 *     //                                             showHidden, compact, ...)
 *     // api.format(...args)           -> string  (console.log formatting)
 *     // api.formatWithOptions(options, ...args) -> string
 *
 * Objects may customise their output with a method keyed by
 * Symbol.for('nodejs.util.inspect.custom'), called as (depth, options,
 * inspect), exactly as in Node.
 *
 * `hooks` gives access to engine internals that plain JavaScript cannot see.
 * Every member is optional; without it the output degrades gracefully:
 *
 *   getPromiseState(p) -> [state, value]  state 0 pending, 1 fulfilled,
 *                         2 rejected; undefined if p is not a real promise.
 *                         Missing: promises print as `Promise { <unknown> }`.
 *   getProxyTarget(p)  -> the target if p is a Proxy, null if it is a revoked
 *                         Proxy, undefined otherwise. Missing: proxies are
 *                         inspected through their traps like plain objects.
 *   getOwnNonIndexProperties(o, all) -> own keys of an array/typed array
 *                         that are not indices (strings, then symbols);
 *                         enumerable ones only unless `all`. Like V8's
 *                         GetPropertyNames(kOwnOnly, ONLY_ENUMERABLE or
 *                         ALL_PROPERTIES, kSkipIndices). Missing: computed
 *                         from Object.getOwnPropertyNames (slow for arrays
 *                         with millions of elements).
 *   previewEntries(o)  -> [entries, isKeyValue] as from
 *                         v8::Object::PreviewEntries(): entries is a flat array
 *                         ([k1, v1, k2, v2...] when isKeyValue). A bare flat
 *                         array is accepted too. Used for Map/Set iterators and
 *                         (only with showHidden, e.g. `%o`) WeakMap/WeakSet.
 *                         Missing: `<items unknown>`.
 *
 * Every other type check is done here with brand checks on intrinsics that
 * are captured when the factory runs (so later monkey-patching of globals
 * by user code does not change the output).
 *
 * Not implemented: the `getters` and `numericSeparator` options (accepted,
 * ignored); `showProxy` (and so `%o` of a Proxy) prints the target instead of
 * `Proxy [ target, handler ]`; objects with no named constructor anywhere on
 * their prototype chain are called `Object <...>` where V8 knows the name
 * of the function that created them.
 *
 * Tests: tests/inspect/inspect_diff_test.js (against Node's util) and
 * tests/inspect/host_vs_node_test.js (the isohost binary against Node).
 */
(function inspectFactory(hooks) {
  'use strict';

  hooks = hooks !== null && typeof hooks === 'object' ? hooks : {};

  // ---------------------------------------------------------------------------
  // 1. Captured intrinsics and type checks
  // ---------------------------------------------------------------------------

  const { Error: ErrorCtor, Promise: PromiseCtor, RegExp: RegExpCtor } = globalThis;
  const ObjectProto = Object.prototype;
  const getProto = Object.getPrototypeOf;
  const getDesc = Object.getOwnPropertyDescriptor;
  const ownNames = Object.getOwnPropertyNames;
  const ownSymbols = Object.getOwnPropertySymbols;
  const objectKeys = Object.keys;
  const isArray = Array.isArray;
  const fnCall = Function.prototype.call;
  const uncurry = (fn) => fnCall.bind(fn);
  const getterOf = (proto, key) => uncurry(getDesc(proto, key).get);

  const hasOwn = uncurry(ObjectProto.hasOwnProperty);
  const isEnumerable = uncurry(ObjectProto.propertyIsEnumerable);
  const isPrototypeOf = uncurry(ObjectProto.isPrototypeOf);
  const objectToString = uncurry(ObjectProto.toString);
  const functionToString = uncurry(Function.prototype.toString);
  const symbolToString = uncurry(Symbol.prototype.toString);
  const errorToString = uncurry(Error.prototype.toString);
  const regExpToString = uncurry(RegExp.prototype.toString);
  const dateGetTime = uncurry(Date.prototype.getTime);
  const dateToISOString = uncurry(Date.prototype.toISOString);
  const dateToString = uncurry(Date.prototype.toString);
  const regExpGlobal = getterOf(RegExp.prototype, 'global');

  const mapSize = getterOf(Map.prototype, 'size');
  const setSize = getterOf(Set.prototype, 'size');
  const mapEntries = uncurry(Map.prototype.entries);
  const setValues = uncurry(Set.prototype.values);
  const MapIteratorProto = getProto(new Map().entries());
  const SetIteratorProto = getProto(new Set().values());
  const mapIterNext = uncurry(MapIteratorProto.next);
  const setIterNext = uncurry(SetIteratorProto.next);
  const weakMapHas = uncurry(WeakMap.prototype.has);
  const weakSetHas = uncurry(WeakSet.prototype.has);

  const TypedArrayProto = getProto(Uint8Array.prototype);
  const typedArrayName = getterOf(TypedArrayProto, Symbol.toStringTag);
  const typedArrayLength = getterOf(TypedArrayProto, 'length');
  const arrayBufferByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
  const sharedByteLength = typeof SharedArrayBuffer === 'function' ?
    getterOf(SharedArrayBuffer.prototype, 'byteLength') : null;
  const dataViewBuffer = getterOf(DataView.prototype, 'buffer');

  const AsyncFunctionProto = getProto(async function () {});
  const GeneratorFunctionProto = getProto(function* () {});
  const AsyncGeneratorFunctionProto = getProto(async function* () {});

  // Returns true when `fn(value)` does not throw: the basis of brand checks.
  const passes = (fn, value) => { try { fn(value); return true; } catch { return false; } };

  const isMap = (v) => passes(mapSize, v);
  const isSet = (v) => passes(setSize, v);
  const isWeakMap = (v) => passes((x) => weakMapHas(x, ObjectProto), v);
  const isWeakSet = (v) => passes((x) => weakSetHas(x, ObjectProto), v);
  const isDate = (v) => passes(dateGetTime, v);
  const isArrayBuffer = (v) => passes(arrayBufferByteLength, v);
  const isSharedArrayBuffer = (v) => sharedByteLength !== null && passes(sharedByteLength, v);
  const isDataView = (v) => passes(dataViewBuffer, v);
  const isMapIterator = (v) => getProto(v) === MapIteratorProto;
  const isSetIterator = (v) => getProto(v) === SetIteratorProto;
  // RegExp.prototype itself answers `undefined` here, real regexps a boolean.
  const isRegExp = (v) => { try { return typeof regExpGlobal(v) === 'boolean'; } catch { return false; } };
  const isError = (v) => v instanceof ErrorCtor || objectToString(v) === '[object Error]';
  // Module namespace objects: null prototype, non-extensible, own frozen
  // Symbol.toStringTag 'Module'.
  function isModuleNamespace(v) {
    if (getProto(v) !== null || Object.isExtensible(v)) return false;
    const desc = getDesc(v, Symbol.toStringTag);
    return desc !== undefined && desc.value === 'Module' && !desc.writable && !desc.configurable;
  }
  const isArguments = (v) =>
    objectToString(v) === '[object Arguments]' && !(Symbol.toStringTag in v);

  // Boxed primitives: [type name, unwrapping function].
  const BOXED = [
    ['Number', uncurry(Number.prototype.valueOf)],
    ['String', uncurry(String.prototype.valueOf)],
    ['Boolean', uncurry(Boolean.prototype.valueOf)],
    ['BigInt', uncurry(BigInt.prototype.valueOf)],
    ['Symbol', uncurry(Symbol.prototype.valueOf)],
  ];
  function unbox(v) {
    for (let i = 0; i < BOXED.length; i++) {
      try { return { type: BOXED[i][0], value: BOXED[i][1](v) }; } catch { /* next */ }
    }
    return undefined;
  }

  // Promise state via the host; undefined = not a promise (or unknown).
  function promiseState(v) {
    if (typeof hooks.getPromiseState === 'function') {
      const r = hooks.getPromiseState(v);
      return isArray(r) ? r : undefined;
    }
    return v instanceof PromiseCtor || objectToString(v) === '[object Promise]' ? null : undefined;
  }

  function previewEntries(v) {
    if (typeof hooks.previewEntries !== 'function') return undefined;
    const r = hooks.previewEntries(v);
    if (!isArray(r)) return undefined;
    if (r.length === 2 && isArray(r[0]) && typeof r[1] === 'boolean') return r;
    return [r, isWeakMap(v)];
  }

  // Names of global constructors ("built-ins"), as used by Node for `%s`
  // and for showHidden prototype properties.
  const builtInObjects = new Set(
    ownNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

  // ---------------------------------------------------------------------------
  // 2. Colors, string width and escaping
  // ---------------------------------------------------------------------------

  // Node's default style for each kind of token: [ANSI SGR on, off].
  const STYLES = {
    special: [36, 39], number: [33, 39], bigint: [33, 39], boolean: [33, 39],
    undefined: [90, 39], null: [1, 22], string: [32, 39], symbol: [32, 39],
    date: [35, 39], regexp: [31, 39], module: [4, 24],
  };
  const stylizeNoColor = (str) => str;
  function stylizeWithColor(str, styleType) {
    const color = STYLES[styleType];
    return color === undefined ? str : `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  const ANSI = /[\u001b\u009b][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;
  const removeColors = (str) => str.replace(ANSI, '');

  // Code point ranges [from, to, from, to, ...] that take two columns
  // (East Asian wide/fullwidth, emoji) or none (controls, combining marks).
  const WIDE = [0x1100, 0x115f, 0x2329, 0x232a, 0x2e80, 0x303e, 0x3040, 0x3247,
    0x3250, 0x4dbf, 0x4e00, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff,
    0xfe10, 0xfe19, 0xfe30, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6, 0x1b000, 0x1b001,
    0x1f200, 0x1f251, 0x1f300, 0x1f64f, 0x1f900, 0x1f9ff, 0x20000, 0x3fffd];
  const ZERO = [0, 0x1f, 0x7f, 0x9f, 0x300, 0x36f, 0x200b, 0x200f, 0x20d0, 0x20ff,
    0xfe00, 0xfe0f, 0xfe20, 0xfe2f, 0xe0100, 0xe01ef];
  function inRanges(c, ranges) {
    for (let i = 0; i < ranges.length; i += 2) if (c >= ranges[i] && c <= ranges[i + 1]) return true;
    return false;
  }
  // Columns a string occupies on a terminal (used to align grouped arrays).
  function stringWidth(str, colors) {
    if (colors) str = removeColors(str);
    if (/^[\x20-\x7e]*$/.test(str)) return str.length;
    let width = 0;
    for (const ch of str.normalize('NFC')) {
      const c = ch.codePointAt(0);
      if (inRanges(c, WIDE)) width += 2;
      else if (!inRanges(c, ZERO)) width++;
    }
    return width;
  }

  // Characters escaped inside quoted strings: C0/C1 controls, backslash,
  // lone surrogates and (only when the quote is ') the single quote.
  const ESCAPE_WITH_QUOTE =
    /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const ESCAPE_NO_QUOTE =
    /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const SHORT_ESCAPES = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };
  function escapeChar(ch) {
    const code = ch.charCodeAt(0);
    if (SHORT_ESCAPES[code] !== undefined) return SHORT_ESCAPES[code];
    if (code >= 0xd800) return `\\u${code.toString(16)}`;
    return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  const escapeRaw = (str) => str.replace(ESCAPE_WITH_QUOTE, escapeChar);

  // Quote a string: ' by default, " if it contains ', ` if it contains both.
  function quote(str) {
    let q = "'";
    if (str.includes("'")) {
      if (!str.includes('"')) q = '"';
      else if (!str.includes('`') && !str.includes('${')) q = '`';
    }
    return q + str.replace(q === "'" ? ESCAPE_WITH_QUOTE : ESCAPE_NO_QUOTE, escapeChar) + q;
  }

  // ---------------------------------------------------------------------------
  // 3. Primitives
  // ---------------------------------------------------------------------------

  const MIN_LINE_WIDTH = 16;
  const plural = (n, word) => `${n} ${word}${n > 1 ? 's' : ''}`;
  const moreItems = (n) => `... ${plural(n, 'more item')}`;

  function formatNumber(stylize, n) {
    return stylize(Object.is(n, -0) ? '-0' : `${n}`, 'number');
  }

  function formatPrimitive(stylize, value, ctx) {
    switch (typeof value) {
      case 'string': {
        let trailer = '';
        if (value.length > ctx.maxStringLength) {
          const remaining = value.length - ctx.maxStringLength;
          value = value.slice(0, ctx.maxStringLength);
          trailer = `... ${plural(remaining, 'more character')}`;
        }
        // Long strings are split after each newline, one quoted piece a line.
        if (ctx.compact !== true && value.length > MIN_LINE_WIDTH &&
            value.length > ctx.breakLength - ctx.indentationLvl - 4) {
          return value.split(/(?<=\n)/)
            .map((line) => stylize(quote(line), 'string'))
            .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
        }
        return stylize(quote(value), 'string') + trailer;
      }
      case 'number': return formatNumber(stylize, value);
      case 'bigint': return stylize(`${value}n`, 'bigint');
      case 'boolean': return stylize(`${value}`, 'boolean');
      case 'undefined': return stylize('undefined', 'undefined');
      default: return stylize(symbolToString(value), 'symbol');
    }
  }

  // ---------------------------------------------------------------------------
  // 4. Keys, constructor names and prefixes
  // ---------------------------------------------------------------------------

  // Entry kinds, used by formatProperty and the line-breaking logic.
  const OBJECT = 0; // "key: value" entries of objects
  const ARRAY_ITEM = 1; // array elements (value only)
  const ARRAY_EXTRAS = 2; // extra "key: value" entries of arrays/typed arrays

  const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const INDEX = /^(0|[1-9][0-9]*)$/;
  const isIndex = (key) => INDEX.test(key) && +key < 2 ** 32 - 1;

  // Own keys to display: enumerable ones (or all with showHidden), strings
  // first then symbols.
  function getKeys(value, showHidden) {
    const symbols = ownSymbols(value);
    if (showHidden) return ownNames(value).concat(symbols);
    let keys;
    try {
      keys = objectKeys(value);
    } catch (err) { // a module namespace with uninitialized bindings
      keys = ownNames(value);
    }
    return keys.concat(symbols.filter((s) => isEnumerable(value, s)));
  }

  // Like getKeys but without array indices (for arrays and typed arrays).
  // The optional host hook avoids listing every index of a huge array; the
  // fallback relies on index keys always coming first in own-key order.
  function getNonIndexKeys(value, showHidden) {
    if (typeof hooks.getOwnNonIndexProperties === 'function') {
      return hooks.getOwnNonIndexProperties(value, !!showHidden);
    }
    const names = ownNames(value);
    let first = names.length;
    while (first > 0 && !isIndex(names[first - 1])) first--;
    const keys = names.slice(first).filter((k) => showHidden || isEnumerable(value, k));
    return keys.concat(ownSymbols(value).filter((s) => showHidden || isEnumerable(value, s)));
  }

  function isInstance(obj, ctor) {
    try { return obj instanceof ctor; } catch { return false; }
  }

  // Name of the nearest constructor in the prototype chain whose `prototype`
  // the object is an instance of; null for null-prototype objects.
  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const original = obj;
    while (obj) {
      const desc = getDesc(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          desc.value.name !== '' && isInstance(original, desc.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
          addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
        }
        return String(desc.value.name);
      }
      obj = getProto(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    // No usable constructor: describe the prototype instead (V8 would report
    // the name of the function that created the object; we only know Object).
    const base = typeof original === 'function' ? 'Function' : 'Object';
    if (recurseTimes > ctx.depth && ctx.depth !== null) return `${base} <Complex prototype>`;
    const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoName === null) {
      return `${base} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
    }
    return `${base} <${protoName}>`;
  }

  // With showHidden, non-function properties of user-defined prototypes are
  // listed too (at most three prototype levels, stopping at built-ins).
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let seenKeys;
    do {
      if (depth !== 0 || main === obj) {
        obj = getProto(obj);
        if (obj === null) return;
        const desc = getDesc(obj, 'constructor');
        if (desc !== undefined && typeof desc.value === 'function' &&
            builtInObjects.has(desc.value.name)) return;
      }
      if (depth === 0) seenKeys = new Set();
      else keys.forEach((key) => seenKeys.add(key));
      keys = Reflect.ownKeys(obj);
      ctx.seen.push(main);
      for (const key of keys) {
        if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) continue;
        const desc = getDesc(obj, key);
        if (typeof desc.value === 'function') continue;
        const str = formatProperty(ctx, obj, recurseTimes, key, OBJECT, desc);
        output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
      }
      ctx.seen.pop();
    } while (++depth !== 3);
  }

  // "Foo ", "Map(2) ", "Foo [Tag] ", "[Object: null prototype] " ...
  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
    return `${constructor}${size} `;
  }

  // ---------------------------------------------------------------------------
  // 5. The core: formatValue / formatRaw
  // ---------------------------------------------------------------------------

  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    // Proxies are shown as their target, without triggering any trap.
    const context = value;
    if (typeof hooks.getProxyTarget === 'function') {
      const target = hooks.getProxyTarget(value);
      if (target !== undefined) {
        if (target === null) return ctx.stylize('<Revoked Proxy>', 'special');
        value = target;
      }
    }

    // User-defined [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect).
    if (ctx.customInspect) {
      const custom = value[customInspectSymbol];
      if (typeof custom === 'function' && custom !== inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const options = { ...ctx.userOptions, stylize: ctx.stylize };
        for (const key of objectKeys(DEFAULT_OPTIONS)) options[key] = ctx[key];
        const ret = fnCall.call(custom, context, depth, options, inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }

    // Circular reference: the target gets a "<ref *N>" marker later on.
    if (ctx.seen.includes(value)) {
      if (ctx.circular === undefined) ctx.circular = new Map();
      let index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
    const noExtras = protoProps === undefined;

    // Symbol.toStringTag is shown only when it is not an own enumerable
    // property (otherwise it already appears among the keys).
    let tag = value[Symbol.toStringTag];
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
      tag = '';
    }

    let keys;
    let base = '';
    let braces = ['{', '}'];
    let formatter = () => [];
    let extrasType = OBJECT;
    let taName;
    let boxed;

    // --- Pick braces, keys and an entry formatter for the value's type. ---
    if (isArray(value)) {
      const prefix = constructor !== 'Array' || tag !== '' ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && noExtras) return `${braces[0]}]`;
      extrasType = ARRAY_EXTRAS;
      formatter = formatArray;
    } else if (isSet(value) || isMap(value)) {
      const type = isSet(value) ? 'Set' : 'Map';
      const size = type === 'Set' ? setSize(value) : mapSize(value);
      const prefix = getPrefix(constructor, tag, type, `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatCollection;
      if (size === 0 && keys.length === 0 && noExtras) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if ((taName = typedArrayName(value)) !== undefined) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      const size = typedArrayLength(value);
      braces = [`${getPrefix(constructor, tag, taName, `(${size})`)}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      extrasType = ARRAY_EXTRAS;
    } else if (isMapIterator(value) || isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      const type = isMapIterator(value) ? 'Map' : 'Set';
      braces = [`[${tag === `${type} Iterator` ? tag : `${tag !== '' ? `${tag}] [` : ''}${type} Iterator`}] {`, '}'];
      formatter = formatIterator;
    } else {
      keys = getKeys(value, ctx.showHidden);
      if (constructor === 'Object') {
        if (isArguments(value)) braces[0] = '[Arguments] {';
        else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
        if (keys.length === 0 && noExtras) return `${braces[0]}}`;
      } else if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0 && noExtras) return ctx.stylize(base, 'special');
      } else if (isRegExp(value)) {
        base = regExpToString(constructor !== null ? value : new RegExpCtor(value));
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if ((keys.length === 0 && noExtras) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (isDate(value)) {
        const time = dateGetTime(value);
        base = Number.isNaN(time) ? dateToString(value) : dateToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (keys.length === 0 && noExtras) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && noExtras) return base;
      } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
        const type = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
        const prefix = getPrefix(constructor, tag, type);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && noExtras) {
          return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength)} }`;
        }
        braces[0] = `${prefix}{`;
        keys.unshift('byteLength');
      } else if (isDataView(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
        keys.unshift('byteLength', 'byteOffset', 'buffer'); // .buffer last: not primitive
      } else if (promiseState(value) !== undefined) {
        braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
        formatter = formatPromise;
      } else if (isWeakSet(value) || isWeakMap(value)) {
        braces[0] = `${getPrefix(constructor, tag, isWeakSet(value) ? 'WeakSet' : 'WeakMap')}{`;
        formatter = formatWeakCollection;
      } else if (isModuleNamespace(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
        formatter = (c, v, depth) => {
          const output = formatNamespace(c, v, depth, keys);
          keys = []; // already printed
          return output;
        };
      } else if ((boxed = unbox(value)) !== undefined) {
        base = getBoxedBase(boxed, ctx, keys, constructor, tag, value);
        if (keys.length === 0 && noExtras) return base;
      } else {
        const prefix = getPrefix(constructor, tag, 'Object');
        if (keys.length === 0 && noExtras) return `${prefix}{}`;
        braces[0] = `${prefix}{`;
      }
    }

    // --- Too deep: print a short placeholder such as [Object] or [Foo]. ---
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
      if (constructor !== null) name = `[${name}]`;
      return ctx.stylize(name, 'special');
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;

    // --- Format the entries: type-specific ones first, then the keys. ---
    let output;
    try {
      output = formatter(ctx, value, recurseTimes, braces);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
      if (protoProps !== undefined) output.push(...protoProps);
    } catch (err) {
      if (err instanceof RangeError && /call stack/i.test(err.message)) {
        ctx.seen.pop();
        const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
        return ctx.stylize(`[${name}: Inspection interrupted prematurely. ` +
          'Maximum call stack size exceeded.]', 'special');
      }
      throw err;
    }

    // --- The target of a circular reference gets a "<ref *N>" marker. ---
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = ctx.stylize(`<ref *${index}>`, 'special');
        if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
        else braces[0] = `${reference} ${braces[0]}`;
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === OBJECT) {
        output.sort(comparator);
      } else if (keys.length > 1) {
        const extras = output.splice(output.length - keys.length).sort(comparator);
        output.push(...extras);
      }
    }
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  // ---------------------------------------------------------------------------
  // 6. Type-specific pieces
  // ---------------------------------------------------------------------------

  function getFunctionBase(fn, constructor, tag) {
    const source = functionToString(fn);
    if (source.startsWith('class') && source.endsWith('}')) {
      const body = source.slice(5, -1);
      const brace = body.indexOf('{');
      if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
          /^(\s+[^(]*?)\s*{/.test(body.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '')))) {
        return getClassBase(fn, constructor, tag);
      }
    }
    let type = 'Function';
    const isAsyncGen = isPrototypeOf(AsyncGeneratorFunctionProto, fn);
    if (isAsyncGen || isPrototypeOf(GeneratorFunctionProto, fn)) type = `Generator${type}`;
    if (isAsyncGen || isPrototypeOf(AsyncFunctionProto, fn)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    base += fn.name === '' ? ' (anonymous)' : `: ${fn.name}`;
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  function getClassBase(cls, constructor, tag) {
    const name = (hasOwn(cls, 'name') && cls.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = getProto(cls).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  function getBoxedBase(boxed, ctx, keys, constructor, tag, value) {
    const { type } = boxed;
    if (type === 'String') keys.splice(0, value.length); // drop the index keys
    let base = `[${type}`;
    if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
    base += `: ${formatPrimitive(stylizeNoColor, boxed.value, ctx)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  // --- Errors: the stack (or "[Name: message]"), with a smarter name. ---
  function stackOf(err) {
    return err.stack ? String(err.stack) : errorToString(err);
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    let stack = stackOf(err);
    // Hide name/message/stack keys whose value already shows in the stack.
    if (!ctx.showHidden && keys.length !== 0) {
      for (const key of ['name', 'message', 'stack']) {
        const i = keys.indexOf(key);
        if (i !== -1 && stack.includes(err[key])) keys.splice(i, 1);
      }
    }
    if ('cause' in err && !keys.includes('cause')) keys.push('cause');
    if (isArray(err.errors) && !keys.includes('errors')) keys.push('errors');

    stack = improveStack(stack, constructor, name, tag);

    // Find where the frames start (after the message, which may contain
    // "\n    at" itself). No frames: wrap the whole thing in brackets.
    let pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    const framesStart = stack.indexOf('\n    at', pos);
    if (framesStart === -1) {
      stack = `[${stack}]`;
    } else {
      let frames = stack.slice(framesStart + 1).split('\n');
      elideCauseFrames(ctx, err, frames);
      if (ctx.colors) frames = frames.map((line) => colorFrame(ctx, line));
      stack = `${stack.slice(0, framesStart)}\n${frames.join('\n')}`;
    }
    if (ctx.indentationLvl !== 0) {
      stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
    }
    return stack;
  }

  // Make the first line say what the error really is, e.g. "MyError [TypeError]".
  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (name.endsWith('Error') && stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (m && m[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.includes(name)) {
          stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
        } else {
          stack = `${prefix} [${name}]${stack.slice(len)}`;
        }
      }
    }
    return stack;
  }

  // With colors, frames of Node-style built-in modules ("node:...") are
  // greyed, node_modules package names underlined and the working directory
  // prefix dimmed.
  function colorFrame(ctx, line) {
    if (/^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.test(line)) {
      return ctx.stylize(line, 'undefined');
    }
    line = line.replace(/([/\\]node_modules[/\\])(.+?)(?=[/\\])/g,
      (_, dir, name) => `${dir}${ctx.stylize(name, 'module')}`);
    let cwd;
    try { cwd = typeof process === 'object' && process !== null && process.cwd(); } catch { /* none */ }
    let pos = typeof cwd === 'string' && cwd !== '' ? line.indexOf(cwd) : -1;
    if (pos === -1) return line;
    let length = cwd.length;
    if (line.slice(pos - 7, pos) === 'file://') {
      length += 7;
      pos -= 7;
    }
    const start = line[pos - 1] === '(' ? pos - 1 : pos;
    const end = start !== pos && line.endsWith(')') ? -1 : line.length;
    const cwdEnd = pos + length + 1;
    return line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') +
      line.slice(cwdEnd, end) + (end === -1 ? ctx.stylize(')', 'undefined') : '');
  }

  // Replace the frames an error shares with its `cause` by a one-line note.
  function elideCauseFrames(ctx, err, frames) {
    let cause;
    try { cause = err.cause; } catch { return; }
    if (cause == null || typeof cause !== 'object' || !isError(cause)) return;
    const causeStack = stackOf(cause);
    const start = causeStack.indexOf('\n    at');
    if (start === -1) return;
    const causeFrames = causeStack.slice(start + 1).split('\n');
    for (let i = 0; i < frames.length - 3; i++) {
      const pos = causeFrames.indexOf(frames[i]);
      if (pos === -1 || causeFrames.length - pos <= 3) continue;
      const maxLen = Math.min(frames.length - i, causeFrames.length - pos);
      let len = 1;
      while (len < maxLen && frames[i + len] === causeFrames[pos + len]) len++;
      if (len > 3) {
        const skipped = len - 2;
        const note = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(i + 1, skipped, ctx.stylize(note, 'undefined'));
        return;
      }
    }
  }

  // --- Collections ---
  function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = [];
    for (let i = 0; i < max; i++) {
      if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, max, output, i);
      output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_ITEM));
    }
    if (length > max) output.push(moreItems(length - max));
    return output;
  }

  // Arrays with holes: runs of missing indices print as "<N empty items>".
  function formatSparseArray(ctx, value, recurseTimes, max, output, i) {
    const keys = objectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < max; i++) {
      const key = keys[i];
      const n = +key;
      if (n > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!INDEX.test(key)) break;
        output.push(ctx.stylize(`<${plural(n - index, 'empty item')}>`, 'undefined'));
        index = n;
        if (output.length === max) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, ARRAY_ITEM));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== max) {
      if (remaining > 0) output.push(ctx.stylize(`<${plural(remaining, 'empty item')}>`, 'undefined'));
    } else if (remaining > 0) {
      output.push(moreItems(remaining));
    }
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes) {
    const length = typedArrayLength(value);
    const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = [];
    for (let i = 0; i < max; i++) {
      const n = value[i];
      output.push(typeof n === 'bigint' ? ctx.stylize(`${n}n`, 'bigint') : formatNumber(ctx.stylize, n));
    }
    if (length > max) output.push(moreItems(length - max));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8Array(value);
    } catch {
      return [ctx.stylize('(detached)', 'special')];
    }
    const shown = Math.min(ctx.maxArrayLength, bytes.length);
    let hex = '';
    for (let i = 0; i < shown; i++) hex += `${i ? ' ' : ''}${bytes[i].toString(16).padStart(2, '0')}`;
    const remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) hex += ` ... ${plural(remaining, 'more byte')}`;
    return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
  }

  // Set values / Map "key => value" entries in insertion order.
  function formatCollection(ctx, value, recurseTimes) {
    const isMapValue = isMap(value);
    const size = isMapValue ? mapSize(value) : setSize(value);
    const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
    const it = isMapValue ? mapEntries(value) : setValues(value);
    const next = isMapValue ? mapIterNext : setIterNext;
    const output = [];
    ctx.indentationLvl += 2;
    for (let step; output.length < max && !(step = next(it)).done;) {
      output.push(isMapValue ? `${formatValue(ctx, step.value[0], recurseTimes)} => ${
        formatValue(ctx, step.value[1], recurseTimes)}` : formatValue(ctx, step.value, recurseTimes));
    }
    if (size > max) output.push(moreItems(size - max));
    ctx.indentationLvl -= 2;
    return output;
  }

  // Map/Set iterators: their remaining entries, via hooks.previewEntries.
  function formatIterator(ctx, value, recurseTimes, braces) {
    const preview = previewEntries(value);
    if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
    if (preview[1]) braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatPreview(ctx, recurseTimes, preview[0], preview[1], false);
  }

  // WeakMap/WeakSet contents are only looked at with showHidden.
  function formatWeakCollection(ctx, value, recurseTimes) {
    const preview = ctx.showHidden ? previewEntries(value) : undefined;
    if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
    return formatPreview(ctx, recurseTimes, preview[0], isWeakMap(value), true);
  }

  // Previewed entries: values, or flat [k1, v1, k2, v2, ...] pairs shown as
  // "[ k, v ]" (iterators) or "k => v" (WeakMap). Weak collections have no
  // stable order, so their entries are sorted.
  function formatPreview(ctx, recurseTimes, entries, isKeyValue, weak) {
    const count = isKeyValue ? entries.length / 2 : entries.length;
    const max = Math.min(Math.max(ctx.maxArrayLength, 0), count);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < max; i++) {
      if (!isKeyValue) {
        output.push(formatValue(ctx, entries[i], recurseTimes));
        continue;
      }
      const k = formatValue(ctx, entries[2 * i], recurseTimes);
      const v = formatValue(ctx, entries[2 * i + 1], recurseTimes);
      output.push(weak ? `${k} => ${v}` :
        reduceToSingleString(ctx, [k, v], '', ['[', ']'], ARRAY_EXTRAS, recurseTimes));
    }
    ctx.indentationLvl -= 2;
    if (weak && !ctx.sorted) output.sort();
    if (count > max) output.push(moreItems(count - max));
    return output;
  }

  // Module namespace entries; bindings still in their TDZ throw when read
  // and print as "<uninitialized>".
  function formatNamespace(ctx, value, recurseTimes, keys) {
    return keys.map((key) => {
      try {
        return formatProperty(ctx, value, recurseTimes, key, OBJECT);
      } catch (err) {
        const label = formatProperty(ctx, { [key]: '' }, recurseTimes, key, OBJECT);
        return label.slice(0, label.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
      }
    });
  }

  function formatPromise(ctx, value, recurseTimes) {
    const state = promiseState(value);
    if (state === null) return [ctx.stylize('<unknown>', 'special')];
    if (state[0] === 0) return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, state[1], recurseTimes);
    ctx.indentationLvl -= 2;
    return [state[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
  }

  // One "key: value" entry (or just "value" for array items).
  function formatProperty(ctx, value, recurseTimes, key, type, desc) {
    let str;
    let extra = ' ';
    desc = desc || getDesc(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      const diff = ctx.compact !== true || type !== OBJECT ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < stringWidth(str, ctx.colors)) {
        extra = `\n${' '.repeat(ctx.indentationLvl)}`;
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      str = ctx.stylize(desc.set !== undefined ? '[Getter/Setter]' : '[Getter]', 'special');
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === ARRAY_ITEM) return str;

    let name;
    if (typeof key === 'symbol') {
      name = `[${ctx.stylize(escapeRaw(symbolToString(key)), 'symbol')}]`;
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = `[${escapeRaw(key)}]`;
    } else if (IDENTIFIER.test(key)) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(quote(key), 'string');
    }
    return `${name}:${extra}${str}`;
  }

  // ---------------------------------------------------------------------------
  // 7. Layout: line breaking and array grouping
  // ---------------------------------------------------------------------------

  // True if the entries (plus separators and `start`) fit in breakLength.
  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      total += ctx.colors ? removeColors(output[i]).length : output[i].length;
      if (total > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        // Arrays with more than six entries are arranged in columns.
        if (extrasType === ARRAY_EXTRAS && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // The innermost `compact` levels may share a line if it is short
        // enough (and nothing was grouped into columns).
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(', ');
            if (!joined.includes('\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
            }
          }
        }
      }
      // One entry per line.
      const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
        output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
    }
    // compact === true (legacy mode): fill lines, closing brace on the last.
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
    }
    const indentation = ' '.repeat(ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
    return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  // Arrange many short array entries into aligned columns, roughly square
  // (a character is taken to be 2.5 times as high as wide). Numbers and
  // bigints are right-aligned, everything else left-aligned.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--; // skip "... more items"
    const separatorSpace = 2; // ", "
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = stringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    // Only group if at least three columns fit and the entries are of
    // roughly similar length (no single entry dominating the total).
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineLength) lineLength = dataLen[j];
        }
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      const grouped = [];
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let line = '';
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          line += output[j].padStart(padding, ' ');
        } else {
          line += output[j];
        }
        grouped.push(line);
      }
      if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
      output = grouped;
    }
    return output;
  }

  // ---------------------------------------------------------------------------
  // 8. Public API: inspect() and format()
  // ---------------------------------------------------------------------------

  const DEFAULT_OPTIONS = {
    showHidden: false, depth: 2, colors: false, customInspect: true,
    showProxy: false, maxArrayLength: 100, maxStringLength: 10000,
    breakLength: 80, compact: 3, sorted: false, getters: false,
    numericSeparator: false,
  };

  // inspect(value[, options]) or legacy inspect(value, showHidden, depth, colors).
  function inspect(value, opts) {
    const ctx = {
      ...DEFAULT_OPTIONS,
      budget: {}, indentationLvl: 0, seen: [], currentDepth: 0,
      stylize: stylizeNoColor, circular: undefined, userOptions: undefined,
    };
    if (arguments.length > 1) {
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        for (const key of objectKeys(opts)) {
          if (hasOwn(DEFAULT_OPTIONS, key) || key === 'stylize') ctx[key] = opts[key];
          else if (ctx.userOptions === undefined) ctx.userOptions = opts;
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspectSymbol;
  inspect.defaultOptions = DEFAULT_OPTIONS;

  // `%s` prints objects with inspect() unless they have a user-defined
  // toString / Symbol.toPrimitive (then String() is used).
  function hasBuiltInToString(value) {
    if (typeof hooks.getProxyTarget === 'function') {
      const target = hooks.getProxyTarget(value);
      if (target === null) return true;
      if (target !== undefined) value = target;
    }
    if (typeof value.toString !== 'function') return true;
    if (hasOwn(value, 'toString') || hasOwn(value, Symbol.toPrimitive)) return false;
    let pointer = value;
    do {
      pointer = getProto(pointer);
    } while (!hasOwn(pointer, 'toString') && !hasOwn(pointer, Symbol.toPrimitive));
    const desc = getDesc(pointer, 'constructor');
    return desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name);
  }

  // JSON.stringify for %j; circular structures print as '[Circular]'.
  function stringifyJSON(arg) {
    try {
      return JSON.stringify(arg);
    } catch (err) {
      if (err instanceof TypeError && /circular/i.test(String(err.message))) return '[Circular]';
      throw err;
    }
  }

  function formatNumberLike(n) {
    if (typeof n === 'bigint') return `${n}n`;
    return formatNumber(stylizeNoColor, n);
  }

  // Formats one %-specifier with its argument.
  function formatSpecifier(spec, arg, options) {
    switch (spec) {
      case 's':
        if (typeof arg === 'number' || typeof arg === 'bigint') return formatNumberLike(arg);
        if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
        return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
      case 'j': return stringifyJSON(arg);
      case 'd':
        if (typeof arg === 'bigint') return `${arg}n`;
        return typeof arg === 'symbol' ? 'NaN' : formatNumberLike(Number(arg));
      case 'i':
        if (typeof arg === 'bigint') return `${arg}n`;
        return typeof arg === 'symbol' ? 'NaN' : formatNumberLike(Number.parseInt(arg));
      case 'f': return typeof arg === 'symbol' ? 'NaN' : formatNumberLike(Number.parseFloat(arg));
      case 'O': return inspect(arg, options);
      case 'o': return inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 });
      default: return ''; // %c: CSS is consumed and ignored
    }
  }

  function formatWithOptions(options, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue; // '%'
        const next = first[++i];
        if (a + 1 !== args.length) {
          if (next === '%') {
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          }
          if (!'sjdOoifc'.includes(next)) continue;
          const piece = formatSpecifier(next, args[++a], options);
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += piece;
          lastPos = i + 1;
        } else if (next === '%') {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    // Remaining arguments: strings raw, everything else inspected.
    while (a < args.length) {
      const value = args[a];
      str += join + (typeof value !== 'string' ? inspect(value, options) : value);
      join = ' ';
      a++;
    }
    return str;
  }

  function format(...args) {
    return formatWithOptions(undefined, args);
  }

  return { inspect, format, formatWithOptions: (options, ...args) => formatWithOptions(options, args) };
})
