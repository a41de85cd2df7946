// internal:lang/language: the ECMAScript built-ins Node 20 (V8 11.3) has
// and this V8 (10.2) does not, so that packages written for Node 20 run:
// String.prototype.isWellFormed/toWellFormed (ES2024) and the "change
// array by copy" methods (ES2023: toReversed, toSorted, toSpliced, with on
// Array.prototype and %TypedArray%.prototype), plus
// Array.prototype[@@unscopables] with the new names. Written from the
// spec's algorithms; names, lengths and error messages as V8 11 has them.
// lang_builtins.cc installs each as a lazy data property of its prototype
// (writable, configurable, not enumerable, like V8's own): this file runs
// only when a script first touches one of them.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { global } = internals;

  const kMaxLength = 2 ** 53 - 1;

  function toIntegerOrInfinity(value) {
    const number = Number(value);
    if (Number.isNaN(number) || number === 0) return 0;
    if (!Number.isFinite(number)) return number;
    return Math.trunc(number);
  }

  function lengthOf(object) {
    const length = toIntegerOrInfinity(object.length);
    return length <= 0 ? 0 : Math.min(length, kMaxLength);
  }

  function requireObjectCoercible(value, name) {
    if (value === null || value === undefined) {
      throw new TypeError(`${name} called on null or undefined`);
    }
    return Object(value);
  }

  function newArray(length) {
    if (length > 2 ** 32 - 1) throw new RangeError('Invalid array length');
    return new Array(length);
  }

  function checkComparator(compare) {
    if (compare !== undefined && typeof compare !== 'function') {
      throw new TypeError(
        'The comparison function must be either a function or undefined');
    }
  }

  // The spec's SortCompare for arrays: undefined last, else by string.
  function arraySortCompare(compare) {
    return (x, y) => {
      if (x === undefined && y === undefined) return 0;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      if (compare !== undefined) return compare(x, y);
      const a = String(x);
      const b = String(y);
      return a < b ? -1 : (a > b ? 1 : 0);
    };
  }

  // The methods, by "Prototype.name" (the keys lang_builtins.cc uses).
  function define(prefix, methods) {
    for (const name of Object.keys(methods)) {
      exports[`${prefix}.${name}`] = methods[name];
    }
  }

  define('String', {
    isWellFormed() {
      const string = String(requireObjectCoercible(
        this, 'String.prototype.isWellFormed'));
      for (let i = 0; i < string.length; i++) {
        const code = string.charCodeAt(i);
        if (code >= 0xD800 && code <= 0xDBFF) {
          const next = string.charCodeAt(i + 1);
          if (!(next >= 0xDC00 && next <= 0xDFFF)) return false;
          i++;
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
          return false;
        }
      }
      return true;
    },
    toWellFormed() {
      const string = String(requireObjectCoercible(
        this, 'String.prototype.toWellFormed'));
      let out = '';
      for (let i = 0; i < string.length; i++) {
        const code = string.charCodeAt(i);
        if (code >= 0xD800 && code <= 0xDBFF) {
          const next = string.charCodeAt(i + 1);
          if (next >= 0xDC00 && next <= 0xDFFF) {
            out += string[i] + string[i + 1];
            i++;
          } else {
            out += '\uFFFD';
          }
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
          out += '\uFFFD';
        } else {
          out += string[i];
        }
      }
      return out;
    },
  });

  define('Array', {
    toReversed() {
      const object = requireObjectCoercible(this, 'Array.prototype.toReversed');
      const length = lengthOf(object);
      const result = newArray(length);
      for (let k = 0; k < length; k++) result[k] = object[length - k - 1];
      return result;
    },
    toSorted(comparefn) {
      checkComparator(comparefn);
      const object = requireObjectCoercible(this, 'Array.prototype.toSorted');
      const length = lengthOf(object);
      const result = newArray(length);
      for (let k = 0; k < length; k++) result[k] = object[k];
      return result.sort(arraySortCompare(comparefn));
    },
    toSpliced(start, skipCount) {
      const object = requireObjectCoercible(this, 'Array.prototype.toSpliced');
      const length = lengthOf(object);
      const relativeStart = toIntegerOrInfinity(start);
      const actualStart = relativeStart < 0 ?
        Math.max(length + relativeStart, 0) : Math.min(relativeStart, length);
      const items = Array.prototype.slice.call(arguments, 2);
      let actualSkip;
      if (arguments.length === 0) {
        actualSkip = 0;
      } else if (arguments.length === 1) {
        actualSkip = length - actualStart;
      } else {
        actualSkip = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0),
                              length - actualStart);
      }
      const newLength = length + items.length - actualSkip;
      if (newLength > kMaxLength) {
        throw new TypeError('Invalid array length');
      }
      const result = newArray(newLength);
      let i = 0;
      let r = actualStart + actualSkip;
      for (; i < actualStart; i++) result[i] = object[i];
      for (const item of items) result[i++] = item;
      for (; i < newLength; i++, r++) result[i] = object[r];
      return result;
    },
    with(index, value) {
      const object = requireObjectCoercible(this, 'Array.prototype.with');
      const length = lengthOf(object);
      const relative = toIntegerOrInfinity(index);
      const actual = relative >= 0 ? relative : length + relative;
      if (actual >= length || actual < 0) {
        throw new RangeError(`Invalid index : ${index}`);
      }
      const result = newArray(length);
      for (let k = 0; k < length; k++) {
        result[k] = k === actual ? value : object[k];
      }
      return result;
    },
  });
  // Array.prototype[@@unscopables] with the new names, its keys in V8
  // 11's order (the spec's).
  const unscopables = Object.create(null);
  for (const name of [
    'at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast',
    'findLastIndex', 'flat', 'flatMap', 'includes', 'keys', 'values',
    'toReversed', 'toSorted', 'toSpliced',
  ]) {
    unscopables[name] = true;
  }
  exports['Array.@@unscopables'] = unscopables;

  // %TypedArray%.prototype: the results are new typed arrays of the same
  // kind (TypedArrayCreateSameType).
  const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  const typedArrayLength = Object.getOwnPropertyDescriptor(
    TypedArrayPrototype, 'length').get;
  function validTypedArray(value, method) {
    // The length getter throws for anything but a typed array.
    try {
      typedArrayLength.call(value);
    } catch {
      throw new TypeError(`this is not a typed array.`);
    }
    if (ArrayBuffer.isView(value) && value.buffer.detached) {
      throw new TypeError(
        `Cannot perform ${method} on a detached ArrayBuffer`);
    }
    return typedArrayLength.call(value);
  }
  function sameType(array, length) {
    // The kind's own constructor (Uint8Array, ...), never a subclass.
    return new global[array[Symbol.toStringTag]](length);
  }
  define('TypedArray', {
    toReversed() {
      const length = validTypedArray(this, '%TypedArray%.prototype.toReversed');
      const result = sameType(this, length);
      for (let k = 0; k < length; k++) result[k] = this[length - k - 1];
      return result;
    },
    toSorted(comparefn) {
      checkComparator(comparefn);
      const length = validTypedArray(this, '%TypedArray%.prototype.toSorted');
      const result = sameType(this, length);
      for (let k = 0; k < length; k++) result[k] = this[k];
      return comparefn === undefined ? result.sort() : result.sort(comparefn);
    },
    with(index, value) {
      const length = validTypedArray(this, '%TypedArray%.prototype.with');
      const relative = toIntegerOrInfinity(index);
      const actual = relative >= 0 ? relative : length + relative;
      const kind = this[Symbol.toStringTag];
      const numeric = kind === 'BigInt64Array' || kind === 'BigUint64Array' ?
        BigInt(value) : Number(value);
      if (actual >= length || actual < 0) {
        throw new RangeError('Invalid typed array index');
      }
      const result = sameType(this, length);
      for (let k = 0; k < length; k++) {
        result[k] = k === actual ? numeric : this[k];
      }
      return result;
    },
  });
});
