// node:internal/worker_threads_serdes: a Node worker's uncaught error on its
// way to the parent, in Node's form. The worker's runtime (Runtime::
// ReportToParent) calls serializeError(thrown) and clones what it returns;
// the parent's Worker calls deserializeError() on the clone.
//   - An Error (an object whose nearest built-in error constructor is
//     found on its prototype chain) travels as that constructor's name plus
//     the property descriptors of it and its prototypes (data values only,
//     so a custom class arrives as the built-in it extends, with its own
//     name, code and other properties); the parent rebuilds it with
//     Object.create(Constructor.prototype, descriptors), as Node does.
//   - Any other value travels as a structured clone, or failing that as
//     its util.inspect() text.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { inspect } = internals;

  const constructors = {
    Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError,
    URIError, AggregateError,
  };
  const kEncoded = 'isohost.workerError';

  function allProperties(object, target) {
    const all = { __proto__: null };
    if (object === null) return all;
    Object.assign(all, allProperties(Object.getPrototypeOf(object), target));
    for (const key of Object.getOwnPropertyNames(object)) {
      let descriptor;
      try {
        descriptor = Object.getOwnPropertyDescriptor(object, key);
      } catch {
        continue;
      }
      if (descriptor.get !== undefined && key !== '__proto__') {
        try {
          descriptor.value = descriptor.get.call(target);
        } catch {
          // leave it out
        }
      }
      if ('value' in descriptor && typeof descriptor.value !== 'function') {
        delete descriptor.get;
        delete descriptor.set;
        all[key] = descriptor;
      }
    }
    return all;
  }

  function constructorNameOf(error) {
    for (let object = error; object !== null;
      object = Object.getPrototypeOf(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
      const name = descriptor?.value?.name;
      if (typeof name === 'string' && Object.hasOwn(constructors, name) &&
          constructors[name] === descriptor.value) {
        return name;
      }
    }
    return undefined;
  }

  function clones(value) {
    try {
      structuredClone(value);
      return true;
    } catch {
      return false;
    }
  }

  function serializeError(error) {
    try {
      if (typeof error === 'object' && error !== null &&
          Object.prototype.toString.call(error) === '[object Error]') {
        const constructor = constructorNameOf(error);
        if (constructor !== undefined) {
          const encoded = {
            [kEncoded]: 'error',
            constructor,
            properties: { ...allProperties(error, error) },
          };
          if (clones(encoded)) return encoded;
        }
      }
    } catch {
      // fall through
    }
    if (clones(error)) return { [kEncoded]: 'value', value: error };
    let text;
    try {
      text = inspect(error);
    } catch {
      text = '[uninspectable value]';
    }
    return { [kEncoded]: 'inspected', text };
  }

  // The parent's side. Anything not made by serializeError() (an error the
  // host made, e.g. for a limit) is returned as it is.
  function deserializeError(value) {
    if (value === null || typeof value !== 'object' ||
        Object.getPrototypeOf(value) !== Object.prototype ||
        !Object.hasOwn(value, kEncoded)) {
      return value;
    }
    switch (value[kEncoded]) {
      case 'error': {
        const constructor = constructors[value.constructor] ?? Error;
        const properties = value.properties;
        Object.defineProperty(properties, Symbol.toStringTag, {
          value: { value: 'Error', configurable: true },
          enumerable: true,
        });
        return Object.create(constructor.prototype, properties);
      }
      case 'value':
        return value.value;
      case 'inspected':
        return value.text;
    }
    return value;
  }

  module.exports = { serializeError, deserializeError };
});
