// node:util/types: brand checks on values, as Node 20's util.types. Most
// ask V8 (the 'util' binding), so they cannot be fooled by
// Symbol.toStringTag or prototype tricks.
(function (exports, require, binding, internals, module) {
  'use strict';

  const checks = binding('util');

  // Node's order of the keys.
  const names = [
    'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject',
    'isBooleanObject', 'isNumberObject', 'isStringObject', 'isSymbolObject',
    'isNativeError', 'isRegExp', 'isAsyncFunction', 'isGeneratorFunction',
    'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator',
    'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer', 'isDataView',
    'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
    'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView',
    'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array',
    'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array',
    'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array',
  ];
  for (const name of names) {
    const check = checks[name];
    // A function of JS's own, named like Node's (length 0, as theirs).
    exports[name] = { [name]() { return check(arguments[0]); } }[name];
  }
  // Node hands out V8's own function here.
  exports.isArrayBufferView = ArrayBuffer.isView;

  // A KeyObject of node:crypto. Only an object that says it is one makes
  // this load node:crypto to check.
  exports.isKeyObject = function isKeyObject(value) {
    if (value === null || typeof value !== 'object' ||
        Object.prototype.toString.call(value) !== '[object KeyObject]') {
      return false;
    }
    let KeyObject;
    try {
      KeyObject = require('node:crypto').KeyObject;
    } catch {
      return false;
    }
    return typeof KeyObject === 'function' && value instanceof KeyObject;
  };

  exports.isCryptoKey = function isCryptoKey(value) {
    const CryptoKey = internals.global.CryptoKey;
    return typeof CryptoKey === 'function' && value instanceof CryptoKey;
  };
});
