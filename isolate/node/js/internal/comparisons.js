// node:internal/comparisons: deep equality as Node 20 defines it, for
// util.isDeepStrictEqual and assert.deepEqual / deepStrictEqual.
//
// Strict mode: Object.is for primitives (NaN equals NaN, 0 and -0 differ),
// same prototype, same [[Class]] tag, own enumerable string and symbol keys.
// Loose mode: == for primitives (NaN equals NaN too), prototypes ignored,
// symbol keys ignored. Both: Dates by time, RegExps by source, flags and
// lastIndex, typed arrays by bytes (loose Float arrays by element),
// ArrayBuffers by bytes, boxed primitives by value, Errors also by their
// non-enumerable name/message/cause/errors, Sets and Maps by content
// (objects matched by deep equality, any order), cycles by a memo of the
// pairs being compared.
(function (exports, require, binding, internals, module) {
  'use strict';

  const types = require('node:util/types');
  const { natives } = internals;

  const kStrict = true;
  const kLoose = false;
  const kPlain = 0;
  const kArray = 1;
  const kSet = 2;
  const kMap = 3;

  const objectToString = (value) => Object.prototype.toString.call(value);
  const isEnumerable = (object, key) =>
    Object.prototype.propertyIsEnumerable.call(object, key);
  const hasOwn = (object, key) =>
    Object.prototype.hasOwnProperty.call(object, key);
  const typedArrayTag = (value) => Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get
    .call(value);

  // Own enumerable keys of an array or typed array that are not indices
  // (strict: strings and symbols; loose: strings only).
  function nonIndexKeys(value, strict) {
    const keys = natives.getOwnNonIndexProperties(value, false);
    return strict ? keys : keys.filter((key) => typeof key !== 'symbol');
  }

  function sameBytes(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function bytesOf(view) {
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }

  // Loose Float32/Float64 arrays compare elements with ===: 0 equals -0,
  // NaN differs from NaN. Node compares the first byteLength elements.
  function sameFloats(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function sameBoxed(a, b) {
    if (types.isNumberObject(a)) {
      return types.isNumberObject(b) &&
        Object.is(Number.prototype.valueOf.call(a),
                  Number.prototype.valueOf.call(b));
    }
    if (types.isStringObject(a)) {
      return types.isStringObject(b) &&
        String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    }
    if (types.isBooleanObject(a)) {
      return types.isBooleanObject(b) &&
        Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    }
    if (types.isBigIntObject(a)) {
      return types.isBigIntObject(b) &&
        BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
    }
    return types.isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }

  function isURL(value) {
    return Boolean(value?.href && value.protocol && value.auth === undefined &&
                   value.path === undefined);
  }

  function isErrorLike(value) {
    return types.isNativeError(value) || value instanceof Error;
  }

  // Errors: name, message, cause and errors count even when not
  // enumerable (then they must be equal; enumerability must match).
  function sameErrorFields(a, b, strict, memos) {
    for (const key of ['message', 'name']) {
      const enumerable = isEnumerable(a, key);
      if (enumerable !== isEnumerable(b, key)) return false;
      if (!enumerable && a[key] !== b[key]) return false;
    }
    for (const key of ['cause', 'errors']) {
      const enumerable = isEnumerable(a, key);
      if (enumerable !== isEnumerable(b, key)) return false;
      if (!enumerable && !innerDeepEqual(a[key], b[key], strict, memos)) {
        return false;
      }
    }
    return true;
  }

  function isSpecialObject(value) {
    return Array.isArray(value) || ArrayBuffer.isView(value) ||
      types.isSet(value) || types.isMap(value) || types.isDate(value) ||
      types.isRegExp(value) || types.isAnyArrayBuffer(value) ||
      types.isBoxedPrimitive(value) || isErrorLike(value);
  }

  function innerDeepEqual(a, b, strict, memos) {
    if (a === b) return a !== 0 || Object.is(a, b) || !strict;
    if (strict) {
      if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
      if (typeof b !== 'object' || typeof a !== 'object' || a === null ||
          b === null || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        return false;
      }
    } else {
      if (a === null || typeof a !== 'object') {
        if (b === null || typeof b !== 'object') {
          // eslint-disable-next-line eqeqeq
          return a == b || (Number.isNaN(a) && Number.isNaN(b));
        }
        return false;
      }
      if (b === null || typeof b !== 'object') return false;
    }
    const tag = objectToString(a);
    if (tag !== objectToString(b)) return false;

    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      const keys = nonIndexKeys(a, strict);
      if (keys.length !== nonIndexKeys(b, strict).length) return false;
      return keyCheck(a, b, strict, memos, kArray, keys);
    }
    if (tag === '[object Object]') return keyCheck(a, b, strict, memos, kPlain);
    if (types.isDate(a)) {
      if (!types.isDate(b) ||
          Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
        return false;
      }
    } else if (types.isRegExp(a)) {
      if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
          a.lastIndex !== b.lastIndex) {
        return false;
      }
    } else if (ArrayBuffer.isView(a)) {
      if (typedArrayTag(a) !== typedArrayTag(b)) return false;
      if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
        if (!sameFloats(a, b)) return false;
      } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
        return false;
      }
      const keys = nonIndexKeys(a, strict);
      if (keys.length !== nonIndexKeys(b, strict).length) return false;
      return keyCheck(a, b, strict, memos, kPlain, keys);
    } else if (types.isSet(a)) {
      if (!types.isSet(b) || a.size !== b.size) return false;
      return keyCheck(a, b, strict, memos, kSet);
    } else if (types.isMap(a)) {
      if (!types.isMap(b) || a.size !== b.size) return false;
      return keyCheck(a, b, strict, memos, kMap);
    } else if (types.isAnyArrayBuffer(a)) {
      if (!types.isAnyArrayBuffer(b) ||
          !sameBytes(new Uint8Array(a), new Uint8Array(b))) {
        return false;
      }
    } else if (isErrorLike(a)) {
      if (!isErrorLike(b) || !sameErrorFields(a, b, strict, memos)) return false;
    } else if (types.isBoxedPrimitive(a)) {
      if (!sameBoxed(a, b)) return false;
    } else if (isSpecialObject(b)) {
      return false;
    } else if (types.isKeyObject(a)) {
      if (!types.isKeyObject(b) || !a.equals(b)) return false;
    } else if (isURL(a)) {
      if (!isURL(b) || a.href !== b.href) return false;
    }
    return keyCheck(a, b, strict, memos, kPlain);
  }

  // Compares own keys (then, through objEquiv, values and entries), with
  // the cycle memo.
  function keyCheck(a, b, strict, memos, iteration, keys) {
    const arrayLike = keys !== undefined;
    if (keys === undefined) keys = Object.keys(a);
    for (const key of keys) {
      if (!isEnumerable(b, key)) return false;
    }
    if (!arrayLike) {
      if (keys.length !== Object.keys(b).length) return false;
      if (strict && !symbolKeysMatch(a, b, keys)) return false;
    }
    if (keys.length === 0 &&
        (iteration === kPlain || (iteration === kArray && a.length === 0) ||
         a.size === 0)) {
      return true;
    }

    // The memo: the first pair compared, then (one level down) a second
    // pair, then a Set of every object on the current path.
    if (memos === undefined) {
      memos = {
        set: undefined, a, b, c: undefined, d: undefined, deep: false,
        deleteFailures: false,
      };
      return objEquiv(a, b, strict, keys, memos, iteration);
    }
    if (memos.set === undefined) {
      if (memos.deep === false) {
        if (memos.a === a && memos.b === b) return true;
        memos.c = a;
        memos.d = b;
        memos.deep = true;
        const result = objEquiv(a, b, strict, keys, memos, iteration);
        memos.deep = false;
        return result;
      }
      memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
    }
    const { set } = memos;
    const size = set.size;
    set.add(a);
    set.add(b);
    if (size === set.size) return true;
    const equal = objEquiv(a, b, strict, keys, memos, iteration);
    if (equal || memos.deleteFailures) {
      set.delete(a);
      set.delete(b);
    }
    return equal;
  }

  // Strict mode: enumerable own symbols must match; they are appended to
  // `keys` so their values get compared.
  function symbolKeysMatch(a, b, keys) {
    const symbolsA = Object.getOwnPropertySymbols(a);
    const symbolsB = Object.getOwnPropertySymbols(b);
    if (symbolsA.length === 0) {
      return symbolsB.length === 0 ||
        symbolsB.filter((key) => isEnumerable(b, key)).length === 0;
    }
    let count = 0;
    for (const key of symbolsA) {
      if (isEnumerable(a, key)) {
        if (!isEnumerable(b, key)) return false;
        keys.push(key);
        count++;
      } else if (isEnumerable(b, key)) {
        return false;
      }
    }
    return symbolsA.length === symbolsB.length ||
      symbolsB.filter((key) => isEnumerable(b, key)).length === count;
  }

  function objEquiv(a, b, strict, keys, memos, iteration) {
    for (const key of keys) {
      if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
    }
    if (iteration === kArray) return arrayElementsEqual(a, b, strict, memos);
    if (iteration === kSet) return setEquiv(a, b, strict, memos);
    if (iteration === kMap) return mapEquiv(a, b, strict, memos);
    return true;
  }

  function arrayElementsEqual(a, b, strict, memos) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
          return false;
        }
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: from here on compare what Object.keys sees.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) ||
              !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        return keysA.length === Object.keys(b).length;
      }
    }
    return true;
  }

  // ---- Sets and Maps --------------------------------------------------------

  // For a primitive of a loose Set/Map that the other side lacks: the one
  // value it could loosely equal instead (undefined <-> null), false when
  // nothing can match, true when a match must be looked for by value.
  function looseAlternative(primitive) {
    switch (typeof primitive) {
      case 'undefined':
        return null;
      case 'object':  // null
        return undefined;
      case 'symbol':
        return false;
      case 'string':
        return !Number.isNaN(+primitive);
      case 'number':
        return !Number.isNaN(primitive);
      default:
        return true;
    }
  }

  function setMightHaveLoosePrimitive(a, b, primitive) {
    const alternative = looseAlternative(primitive);
    if (alternative != null) return alternative;
    return b.has(alternative) && !a.has(alternative);
  }

  function mapMightHaveLoosePrimitive(a, b, primitive, item, memo) {
    const alternative = looseAlternative(primitive);
    if (alternative != null) return alternative;
    const itemB = b.get(alternative);
    if ((itemB === undefined && !b.has(alternative)) ||
        !innerDeepEqual(item, itemB, false, memo)) {
      return false;
    }
    return !a.has(alternative) && innerDeepEqual(item, itemB, false, memo);
  }

  function setHasEqualElement(set, value, strict, memo) {
    const { deleteFailures } = memo;
    memo.deleteFailures = true;
    for (const candidate of set) {
      if (innerDeepEqual(candidate, value, strict, memo)) {
        set.delete(candidate);
        memo.deleteFailures = deleteFailures;
        return true;
      }
    }
    memo.deleteFailures = deleteFailures;
    return false;
  }

  function setEquiv(a, b, strict, memo) {
    let pending = null;  // values of `a` that `b` lacks by identity
    for (const value of a) {
      if (b.has(value)) continue;
      if ((typeof value !== 'object' || value === null) &&
          (strict || !setMightHaveLoosePrimitive(a, b, value))) {
        return false;
      }
      if (pending === null) {
        if (b.size === 1) {
          return innerDeepEqual(value, b.values().next().value, strict, memo);
        }
        pending = new Set();
      }
      pending.add(value);
    }
    if (pending === null) return true;
    for (const value of b) {
      if (typeof value === 'object' && value !== null) {
        if (!a.has(value) && !setHasEqualElement(pending, value, strict, memo)) {
          return false;
        }
      } else if (!strict && !a.has(value) &&
                 !setHasEqualElement(pending, value, strict, memo)) {
        return false;
      }
    }
    return pending.size === 0;
  }

  function mapHasEqualEntry(set, map, key, item, strict, memo) {
    const { deleteFailures } = memo;
    memo.deleteFailures = true;
    for (const candidate of set) {
      if (innerDeepEqual(candidate, key, strict, memo) &&
          innerDeepEqual(map.get(candidate), item, strict, memo)) {
        set.delete(candidate);
        memo.deleteFailures = deleteFailures;
        return true;
      }
    }
    memo.deleteFailures = deleteFailures;
    return false;
  }

  function mapEquiv(a, b, strict, memo) {
    let pending = null;  // keys of `a` without an identical entry in `b`
    for (const [key, item] of a) {
      if (typeof key === 'object' && key !== null) {
        if (pending === null) {
          if (b.size === 1) {
            const [keyB, itemB] = b.entries().next().value;
            return innerDeepEqual(key, keyB, strict, memo) &&
              innerDeepEqual(item, itemB, strict, memo);
          }
          pending = new Set();
        }
        pending.add(key);
        continue;
      }
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) ||
          !innerDeepEqual(item, itemB, strict, memo)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrimitive(a, b, key, item, memo)) return false;
        pending ??= new Set();
        pending.add(key);
      }
    }
    if (pending === null) return true;
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(pending, a, key, item, strict, memo)) return false;
      } else if (!strict &&
                 (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
                 !mapHasEqualEntry(pending, a, key, item, strict, memo)) {
        return false;
      }
    }
    return pending.size === 0;
  }

  module.exports = {
    isDeepEqual: (a, b) => innerDeepEqual(a, b, kLoose),
    isDeepStrictEqual: (a, b) => innerDeepEqual(a, b, kStrict),
  };
});
