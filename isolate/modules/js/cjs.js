// internal:modules/cjs: CommonJS as Node has it.
//
// Module (node:module's class): require(), module, exports, __filename,
// __dirname, require.resolve (and .paths), require.cache, require.main,
// cycles (a module required while it runs gets its exports so far), JSON
// modules, and ERR_REQUIRE_ESM for ES modules. Resolution is
// internal:modules/resolve's; files are read through the 'modules' binding,
// which refuses anything outside the runtime's root.
(function (exports, require, binding, internals, module) {
  'use strict';

  // The binding is made on first use (a CommonJS entry that requires
  // nothing never needs it).
  let modulesBinding;
  const fs = () => (modulesBinding ??= binding('modules'));
  const { invalidArgType, describeReceived } = internals;

  // The resolver is loaded on the first require(): a CommonJS entry that
  // requires nothing (most workers) does not pay for it at start-up.
  let resolver;
  const resolverModule = () =>
    (resolver ??= require('internal:modules/resolve'));
  const resolve = (...args) => resolverModule().resolve(...args);
  const nodeModulesPaths = (dir) => resolverModule().nodeModulesPaths(dir);
  function dirname(path) {
    const index = path.lastIndexOf('/');
    return index <= 0 ? '/' : path.slice(0, index);
  }

  const kParent = Symbol('isohost.moduleParent');

  function invalidArgValue(name, value, reason) {
    const error = new TypeError(
      `The argument '${name}' ${reason}. Received ${internals.inspect(value)}`);
    error.code = 'ERR_INVALID_ARG_VALUE';
    return error;
  }

  function validateId(id) {
    if (typeof id !== 'string') throw invalidArgType('id', 'string', id);
    if (id === '') throw invalidArgValue('id', id, 'must be a non-empty string');
  }

  function stripBom(text) {
    return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
  }

  class Module {
    constructor(id = '', parent = undefined) {
      this.id = id;
      this.path = dirname(id.startsWith('/') ? id : '/');
      this.exports = {};
      this[kParent] = parent;
      if (parent && !parent.children.includes(this)) parent.children.push(this);
      this.filename = null;
      this.loaded = false;
      this.children = [];
      this.paths = [];
    }

    get parent() { return this[kParent]; }
    set parent(value) { this[kParent] = value; }
    get isPreloading() { return false; }

    require(id) {
      validateId(id);
      return Module._load(id, this, false);
    }

    load(filename) {
      this.filename = filename;
      this.paths = nodeModulesPaths(dirname(filename));
      const dot = filename.lastIndexOf('.');
      let extension = dot > filename.lastIndexOf('/') ? filename.slice(dot) : '';
      if (Module._extensions[extension] === undefined) extension = '.js';
      Module._extensions[extension](this, filename);
      this.loaded = true;
    }

    _compile(content, filename) {
      const fn = fs().compileFunction(stripBom(content), filename);
      return this._run(fn, filename);
    }

    _run(fn, filename) {
      const require = makeRequire(this);
      return Reflect.apply(fn, this.exports, [
        this.exports, require, this, filename, dirname(filename),
      ]);
    }
  }
  Object.defineProperty(Module, Symbol.hasInstance, {
    value: (object) => object !== null && typeof object === 'object' &&
      kParent in object,
  });

  Module._cache = Object.create(null);
  Module._pathCache = Object.create(null);
  Object.defineProperty(Module, 'builtinModules', {
    get: () => Object.freeze([...resolverModule().builtinNames].sort()),
    enumerable: true, configurable: true,
  });
  Module.globalPaths = [];
  Module.Module = Module;
  Module.isBuiltin = (name) => {
    const bare = `${name}`.startsWith('node:') ? `${name}`.slice(5) : `${name}`;
    return resolverModule().builtinNames.has(bare);
  };

  Module._extensions = Object.create(null);
  Module._extensions['.js'] = function (module, filename) {
    module._compile(fs().readText(filename), filename);
  };
  Module._extensions['.json'] = function (module, filename) {
    const text = fs().readText(filename);
    try {
      module.exports = JSON.parse(stripBom(text));
    } catch (error) {
      error.message = `${filename}: ${error.message}`;
      throw error;
    }
  };
  Module._extensions['.node'] = function (module, filename) {
    const error = new Error(
      `Cannot load native addon ${filename}: isohost runs JavaScript and ` +
      'WebAssembly only');
    error.code = 'ERR_DLOPEN_DISABLED';
    throw error;
  };

  function requireStackOf(parent) {
    const stack = [];
    for (let m = parent; m; m = m[kParent]) {
      if (m.filename || m.id) stack.push(m.filename || m.id);
    }
    return stack;
  }

  Module._resolveFilename = function (request, parent, isMain, options) {
    if (options?.paths !== undefined) {
      if (!Array.isArray(options.paths)) {
        throw invalidArgType('options.paths', 'Array', options.paths);
      }
      // Look up from each given folder as if a module there required it.
      let lastError;
      for (const base of options.paths) {
        try {
          return resolveFrom(request, `${base}/__isohost_paths__.js`,
                             requireStackOf(parent)).key;
        } catch (error) {
          lastError = error;
          if (error.code !== 'MODULE_NOT_FOUND') throw error;
        }
      }
      throw lastError;
    }
    return resolveFrom(request, parent?.filename, requireStackOf(parent)).key;
  };

  function resolveFrom(request, parentFile, stack) {
    const result = resolve(request, parentFile, 'require', stack);
    if (result.builtin !== undefined) {
      return { builtin: result.builtin,
               key: request.startsWith('node:') ? request : result.builtin };
    }
    checkRoot(result.path, parentFile);
    return { ...result, key: result.path };
  }

  function checkRoot(path, parentFile) {
    if (!fs().isBelowRoot(path)) {
      const error = new Error(
        `Access to '${path}'${parentFile ? ` imported from ${parentFile}` : ''}` +
        ` is denied: imports must stay below '${fs().rootName()}'`);
      error.code = 'ERR_ACCESS_DENIED';
      throw error;
    }
  }

  Module._load = function (request, parent, isMain) {
    const resolved = resolveFrom(request, parent?.filename,
                                 requireStackOf(parent));
    if (resolved.builtin !== undefined) {
      return internals.requireBuiltin(`node:${resolved.builtin}`);
    }
    const filename = resolved.path;
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent && !parent.children.includes(cached)) {
        parent.children.push(cached);
      }
      return cached.exports;
    }
    if (resolved.format === 'module') return requireModule(filename);
    const module = new Module(filename, parent);
    if (isMain) {
      module.id = '.';
      mainModule = module;
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      threw = false;
    } finally {
      if (threw) {
        delete Module._cache[filename];
        if (parent) {
          const index = parent.children.indexOf(module);
          if (index !== -1) parent.children.splice(index, 1);
        }
      }
    }
    return module.exports;
  };

  let mainModule;

  // require() of an ES module (Node 20.19+): its namespace, or, when it has
  // a default export and no __esModule of its own, a namespace-like
  // object that adds `__esModule: true` (what Node returns, for the tools
  // that compile ESM to CommonJS).
  const esmExports = new Map();
  function requireModule(filename) {
    let result = esmExports.get(filename);
    if (result !== undefined) return result;
    const ns = fs().requireModule(filename);
    if ('module.exports' in ns) {
      result = ns['module.exports'];
    } else if (!('default' in ns) || '__esModule' in ns) {
      result = ns;
    } else {
      result = Object.create(null);
      for (const key of ['__esModule', ...Object.keys(ns)].sort()) {
        Object.defineProperty(result, key, key === '__esModule' ?
          { value: true, enumerable: true } :
          { get: () => ns[key], enumerable: true });
      }
      Object.defineProperty(result, Symbol.toStringTag, { value: 'Module' });
      Object.preventExtensions(result);
    }
    esmExports.set(filename, result);
    return result;
  }

  function makeRequire(module) {
    function require(id) { return module.require(id); }
    function resolveRequest(request, options) {
      validateId(request);
      return Module._resolveFilename(request, module, false, options);
    }
    resolveRequest.paths = function paths(request) {
      validateId(request);
      if (Module.isBuiltin(request)) return null;
      if (request.startsWith('./') || request.startsWith('../') ||
          request === '.' || request === '..') {
        return [dirname(module.filename ?? '/')];
      }
      return nodeModulesPaths(dirname(module.filename ?? `${fs().cwd()}/x`));
    };
    require.resolve = resolveRequest;
    require.main = mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return require;
  }

  Module.createRequire = function createRequire(filename) {
    let path = filename;
    if (typeof path === 'object' && path !== null && 'href' in path) {
      path = `${path.href}`;
    }
    if (typeof path === 'string' && path.startsWith('file:')) {
      path = resolverModule().fileUrlToPath(path);
    }
    if (typeof path !== 'string' || !path.startsWith('/')) {
      const error = new TypeError(
        'The argument \'filename\' must be a file URL object, file URL ' +
        'string, or absolute path string. Received ' +
        internals.inspect(filename));
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
    const module = new Module(path, null);
    module.filename = path.endsWith('/') ? `${path}__isohost__.js` : path;
    module.paths = nodeModulesPaths(dirname(module.filename));
    return makeRequire(module);
  };

  // The entry, whose module the bootstrap made (runCommonJsMain() in
  // isolate/js/bootstrap.js): made a Module and cached, it gets the real
  // require's functions and fields (returned as an object).
  function adoptMain(module) {
    delete module.parent;
    Object.setPrototypeOf(module, Module.prototype);
    module[kParent] = null;
    lazyPaths(module);
    mainModule = module;
    Module._cache[module.filename] = module;
    const require = makeRequire(module);
    return {
      require,
      resolve: require.resolve,
      main: require.main,
      extensions: require.extensions,
      cache: require.cache,
    };
  }

  // module.paths, computed when first read (it needs the resolver).
  function lazyPaths(module) {
    Object.defineProperty(module, 'paths', {
      configurable: true, enumerable: true,
      get() {
        const paths = nodeModulesPaths(dirname(module.filename));
        Object.defineProperty(module, 'paths', {
          value: paths, writable: true, configurable: true, enumerable: true,
        });
        return paths;
      },
      set(value) {
        Object.defineProperty(module, 'paths', {
          value, writable: true, configurable: true, enumerable: true,
        });
      },
    });
  }

  // For import of a CommonJS module: loads it (once) and returns its
  // exports.
  function importCommonJs(filename) {
    const cached = Module._cache[filename];
    if (cached !== undefined) return cached.exports;
    const module = new Module(filename, undefined);
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      threw = false;
    } finally {
      if (threw) delete Module._cache[filename];
    }
    return module.exports;
  }

  exports.Module = Module;
  exports.adoptMain = adoptMain;
  exports.importCommonJs = importCommonJs;
  exports.checkRoot = checkRoot;
  exports.describeReceived = describeReceived;
});
