// node:internal/denied: the stand-ins for built-ins whose use needs an
// authority isohost does not grant (fs, net, child_process, ...) or that
// isohost does not implement (stream, zlib, ...).
//
// Loading such a module works, and it has Node's shape: functions, classes
// (constructible and subclassable, with a prototype), constants and data
// tables with Node's values, so packages that require('fs') at top level,
// promisify its functions, read fs.constants or extend stream.Readable
// still load. Calling anything throws:
//   ERR_ACCESS_DENIED: "isohost: fs.readFileSync is not available:
//     file-system read access is not granted to this runtime (grant it
//     with --allow-read)"  (err.permission names the capability);
//   ERR_METHOD_NOT_IMPLEMENTED: "isohost: zlib.gzip is not implemented in
//     this runtime".
// Promise-returning APIs (fs/promises, dns/promises, ...) reject instead.
// The --allow-* grants are not there yet: the message names the one a
// later version will take.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { codedError } = require('node:internal/errors');

  // What each capability is called in messages, its flag, and the
  // permission name on the error (Node's permission model names).
  const capabilities = {
    read: ['file-system read access', '--allow-read', 'FileSystemRead'],
    write: ['file-system write access', '--allow-write', 'FileSystemWrite'],
    net: ['network access', '--allow-net', 'Net'],
    run: ['starting processes', '--allow-run', 'ChildProcess'],
    sys: ['access to system information', '--allow-sys', 'Sys'],
    inspector: ['the inspector', '--allow-inspector', 'Inspector'],
    none: null,  // not implemented
  };

  function deniedError(name, capability, hideFrom) {
    const entry = capabilities[capability];
    if (entry === null) {
      return codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                        `isohost: ${name} is not implemented in this runtime`,
                        hideFrom);
    }
    const [what, flag, permission] = entry;
    const error = codedError(
      Error, 'ERR_ACCESS_DENIED',
      `isohost: ${name} is not available: ${what} is not granted to this ` +
      `runtime (grant it with ${flag})`, hideFrom);
    error.permission = permission;
    return error;
  }

  // A function `moduleName.name` that throws (or, `async`, rejects).
  function deniedFunction(moduleName, name, capability, async = false) {
    const qualified = `${moduleName}.${name}`;
    const fn = async ?
      { [name]() { return Promise.reject(deniedError(qualified, capability)); } }[name] :
      { [name]() { throw deniedError(qualified, capability, fn); } }[name];
    return fn;
  }

  // A constructor that throws when called or constructed (also through a
  // subclass), with a prototype to extend; `methods` are denied too.
  function deniedClass(moduleName, name, capability, methods = [], base = null) {
    const qualified = `${moduleName}.${name}`;
    function Denied() {
      throw deniedError(qualified, capability);
    }
    Object.defineProperty(Denied, 'name', { value: name });
    if (base !== null) {
      Object.setPrototypeOf(Denied, base);
      Object.setPrototypeOf(Denied.prototype, base.prototype);
    }
    for (const method of methods) {
      Object.defineProperty(Denied.prototype, method, {
        value: deniedFunction(`${qualified}.prototype`, method, capability),
        writable: true, configurable: true,
      });
    }
    return Denied;
  }

  // Fills `target` from a spec:
  //   functions: { capability: [names] }, asyncFunctions: likewise,
  //   classes: { capability: [names or [name, methods]] }.
  function define(target, moduleName, spec) {
    for (const [capability, names] of Object.entries(spec.functions ?? {})) {
      for (const name of names) {
        target[name] = deniedFunction(moduleName, name, capability);
      }
    }
    for (const [capability, names] of Object.entries(spec.asyncFunctions ?? {})) {
      for (const name of names) {
        target[name] = deniedFunction(moduleName, name, capability, true);
      }
    }
    for (const [capability, names] of Object.entries(spec.classes ?? {})) {
      for (const entry of names) {
        const [name, methods] = Array.isArray(entry) ? entry : [entry, []];
        target[name] = deniedClass(moduleName, name, capability, methods,
                                   spec.base ?? null);
      }
    }
    return target;
  }

  // Static data (constants tables) as Node has them: null-prototype
  // objects, nested ones too.
  function table(data) {
    const out = { __proto__: null };
    for (const [key, value] of Object.entries(data)) {
      out[key] = value !== null && typeof value === 'object' &&
        !Array.isArray(value) ? table(value) : value;
    }
    return out;
  }

  // Puts the own properties of `target` in the order of `keys` (Node's
  // order, which Object.keys() and console.log show), the rest after.
  function reorder(target, keys) {
    const descriptors = Object.getOwnPropertyDescriptors(target);
    const movable = Reflect.ownKeys(descriptors)
      .filter((key) => descriptors[key].configurable);
    const order = [...keys.filter((key) => movable.includes(key)),
                   ...movable.filter((key) => !keys.includes(key))];
    for (const key of order) delete target[key];
    for (const key of order) Object.defineProperty(target, key, descriptors[key]);
    return target;
  }

  module.exports = {
    deniedError, deniedFunction, deniedClass, define, table, reorder,
  };
});
