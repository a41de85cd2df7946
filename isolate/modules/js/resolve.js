// internal:modules/resolve: Node's module resolution, for require() and
// for import.
//
// resolve(specifier, parentPath, mode) with mode 'require' or 'import'
// returns { builtin: 'events' } or { path, format } where format is
// 'commonjs', 'module', 'json' or 'addon', or throws Node's error
// (MODULE_NOT_FOUND, ERR_MODULE_NOT_FOUND, ERR_PACKAGE_PATH_NOT_EXPORTED,
// ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_INVALID_PACKAGE_TARGET,
// ERR_INVALID_PACKAGE_CONFIG, ERR_UNSUPPORTED_DIR_IMPORT,
// ERR_UNKNOWN_BUILTIN_MODULE, ERR_UNKNOWN_FILE_EXTENSION).
//
// The algorithms are the ones Node documents (modules.md "All together"
// for require, esm.md "Resolution Algorithm" for import), with the
// conditions ['node', 'require'] or ['node', 'import'] plus 'default'.
// isohost's one departure: node_modules folders and package scopes are
// looked for only inside the runtime's root (the jail), and files outside
// it are refused (ERR_ACCESS_DENIED) by the loader.
(function (exports, require, binding, internals, module) {
  'use strict';

  const fs = binding('modules');
  const builtinNames = new Set(require('internal:modules/builtin_list'));
  const root = fs.root();  // the jail's real path, '/' terminated

  // ---- posix path helpers (absolute paths only) --------------------------

  function normalize(path) {
    const out = [];
    for (const part of path.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop(); else out.push(part);
    }
    return `/${out.join('/')}`;
  }
  function dirname(path) {
    const index = path.lastIndexOf('/');
    return index <= 0 ? '/' : path.slice(0, index);
  }
  function join(dir, rest) { return normalize(`${dir}/${rest}`); }
  function insideRoot(path) {
    return `${path}/`.startsWith(root) || path === root.slice(0, -1);
  }

  // ---- errors ---------------------------------------------------------------

  function coded(Ctor, code, message, extra) {
    const error = new Ctor(message);
    error.code = code;
    if (extra !== undefined) Object.assign(error, extra);
    return error;
  }

  // ---- package.json --------------------------------------------------------

  const packageCache = new Map();  // folder -> parsed package.json | null

  function readPackage(dir) {
    if (packageCache.has(dir)) return packageCache.get(dir);
    let config = null;
    const file = `${dir === '/' ? '' : dir}/package.json`;
    if (insideRoot(dir) && fs.stat(file) === 1) {
      const text = fs.readText(file);
      try {
        const parsed = JSON.parse(text);
        config = parsed !== null && typeof parsed === 'object' ? parsed : {};
      } catch (cause) {
        throw coded(Error, 'ERR_INVALID_PACKAGE_CONFIG',
                    `Invalid package config ${file}.`, { cause });
      }
      config = {
        dir,
        file,
        name: typeof config.name === 'string' ? config.name : undefined,
        main: typeof config.main === 'string' ? config.main : undefined,
        type: config.type === 'module' ? 'module' : 'commonjs',
        typeless: config.type === undefined,
        exports: config.exports,
        imports: config.imports,
      };
    }
    packageCache.set(dir, config);
    return config;
  }

  // The package.json that governs `path` (Node's READ_PACKAGE_SCOPE): the
  // nearest one above it, not crossing a node_modules folder.
  function packageScope(path) {
    let dir = dirname(path);
    for (;;) {
      if (dir.endsWith('/node_modules')) return null;
      const config = readPackage(dir);
      if (config !== null) return config;
      if (dir === '/' || !insideRoot(dir)) return null;
      dir = dirname(dir);
    }
  }

  // What a file is: .mjs module, .cjs CommonJS, .json JSON, .node addon,
  // .js (and extensionless) as the package scope's "type" says.
  function formatOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 ? base.slice(dot) : '';
    if (ext === '.mjs') return 'module';
    if (ext === '.cjs') return 'commonjs';
    if (ext === '.json') return 'json';
    if (ext === '.node') return 'addon';
    const scope = packageScope(path);
    const type = scope?.type ?? 'commonjs';
    if (ext === '.js' || ext === '') {
      // Node's syntax detection: in a package without "type", a file with
      // module syntax is an ES module.
      if (type === 'commonjs' && (scope === null || scope.typeless) &&
          detectsModule(path)) {
        return 'module';
      }
      return type;
    }
    return type === 'module' ? 'unknown' : 'commonjs';
  }

  const detected = new Map();
  function detectsModule(path) {
    let result = detected.get(path);
    if (result === undefined) {
      let source;
      try { source = fs.readText(path); } catch { return false; }
      result = fs.containsModuleSyntax(source, path);
      detected.set(path, result);
    }
    return result;
  }

  // ---- exports / imports (PACKAGE_EXPORTS_RESOLVE and friends) -------------

  function invalidTarget(config, key, target, isImports, parent, mode) {
    const where = mode === 'import' && parent ? ` imported from ${parent}` : '';
    const field = isImports ? 'imports' : 'exports';
    const what = key === '.' && !isImports ? `"${field}" main target` :
      `"${field}" target`;
    const forKey = key === '.' && !isImports ? '' : ` for '${key}'`;
    let message = `Invalid ${what} ${JSON.stringify(target)} defined${forKey} ` +
      `in the package config ${config.file}${where}`;
    if (typeof target === 'string' && !isImports && !target.startsWith('./')) {
      message += '; targets must start with "./"';
    }
    return coded(Error, 'ERR_INVALID_PACKAGE_TARGET', message);
  }

  const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

  function resolveTarget(config, target, subpath, key, pattern, isImports,
                         conditions, parent, mode) {
    if (typeof target === 'string') {
      if (!target.startsWith('./')) {
        if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
          // A bare target of "imports" resolves as a package.
          const spec = pattern ? target.replaceAll('*', subpath) : target + subpath;
          return { bare: spec };
        }
        throw invalidTarget(config, key, target, isImports, parent, mode);
      }
      if (invalidSegment.test(target.slice(2))) {
        throw invalidTarget(config, key, target, isImports, parent, mode);
      }
      const resolved = join(config.dir, target);
      if (subpath === '') return resolved;
      if (invalidSegment.test(subpath)) {
        const request = pattern ? key.replace('*', subpath) : key + subpath;
        const rel = config.dir === '/' ? '' : config.dir;
        throw coded(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
                    `Invalid module "${request}" request is not a valid ` +
                    `match in pattern "${key}" for the "${isImports ?
                      'imports' : 'exports'}" resolution of ` +
                    `${rel}/package.json${parent ? ` imported from ${parent}` : ''}`);
      }
      return pattern ? join(config.dir, target.replaceAll('*', subpath)) :
        resolved + subpath;
    }
    if (Array.isArray(target)) {
      if (target.length === 0) return null;
      let lastError;
      for (const item of target) {
        try {
          const resolved = resolveTarget(config, item, subpath, key, pattern,
                                         isImports, conditions, parent, mode);
          if (resolved === undefined) continue;
          return resolved;
        } catch (error) {
          lastError = error;
          if (error.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
          throw error;
        }
      }
      if (lastError !== undefined) throw lastError;
      return null;
    }
    if (target !== null && typeof target === 'object') {
      for (const condition of Object.keys(target)) {
        if (/^\d+$/.test(condition)) {
          throw coded(Error, 'ERR_INVALID_PACKAGE_CONFIG',
                      `Invalid package config ${config.file}` +
                      `${parent ? ` while importing ${parent}` : ''}. ` +
                      '"exports" cannot contain numeric property keys.');
        }
      }
      for (const condition of Object.keys(target)) {
        if (condition === 'default' || conditions.includes(condition)) {
          const resolved = resolveTarget(config, target[condition], subpath,
                                         key, pattern, isImports, conditions,
                                         parent, mode);
          if (resolved === undefined) continue;
          return resolved;
        }
      }
      return undefined;
    }
    if (target === null) return null;
    throw invalidTarget(config, key, target, isImports, parent, mode);
  }

  // Node's PATTERN_KEY_COMPARE, as a sort comparator (longest prefix first).
  function patternKeyCompare(a, b) {
    const aStar = a.indexOf('*');
    const bStar = b.indexOf('*');
    const aBase = aStar === -1 ? a.length : aStar + 1;
    const bBase = bStar === -1 ? b.length : bStar + 1;
    if (aBase > bBase) return -1;
    if (bBase > aBase) return 1;
    if (aStar === -1) return 1;
    if (bStar === -1) return -1;
    if (a.length > b.length) return -1;
    if (b.length > a.length) return 1;
    return 0;
  }

  function matchKey(map, request, config, isImports, conditions, parent, mode) {
    if (Object.hasOwn(map, request) && !request.includes('*') &&
        !request.endsWith('/')) {
      return resolveTarget(config, map[request], '', request, false, isImports,
                           conditions, parent, mode);
    }
    let bestKey = '';
    let bestSubpath = '';
    for (const key of Object.keys(map)) {
      const star = key.indexOf('*');
      if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (request !== prefix && request.startsWith(prefix) &&
          request.length >= key.length && request.endsWith(suffix) &&
          patternKeyCompare(bestKey, key) === 1) {
        bestKey = key;
        bestSubpath = request.slice(prefix.length, request.length - suffix.length);
      }
    }
    if (bestKey !== '') {
      return resolveTarget(config, map[bestKey], bestSubpath, bestKey, true,
                           isImports, conditions, parent, mode);
    }
    return undefined;
  }

  function exportsIsSugar(exportsField, config, parent) {
    if (typeof exportsField === 'string' || Array.isArray(exportsField)) return true;
    if (exportsField === null || typeof exportsField !== 'object') return false;
    let dotKeys = 0;
    let otherKeys = 0;
    for (const key of Object.keys(exportsField)) {
      if (key === '' || key[0] !== '.') otherKeys++; else dotKeys++;
    }
    if (dotKeys > 0 && otherKeys > 0) {
      throw coded(Error, 'ERR_INVALID_PACKAGE_CONFIG',
                  `Invalid package config ${config.file}` +
                  `${parent ? ` while importing ${parent}` : ''}. ` +
                  '"exports" cannot contain some keys starting with \'.\' ' +
                  'and some not. The exports object must either be an ' +
                  'object of package subpath keys or an object of main ' +
                  'entry condition name keys only.');
    }
    return otherKeys > 0;
  }

  function notExported(config, subpath, parent, mode) {
    const rel = config.dir === '/' ? '' : config.dir;
    const where = mode === 'import' && parent ? ` imported from ${parent}` : '';
    const message = subpath === '.' ?
      `No "exports" main defined in ${rel}/package.json${where}` :
      `Package subpath '${subpath}' is not defined by "exports" in ` +
      `${rel}/package.json${where}`;
    return coded(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', message);
  }

  function packageExportsResolve(config, subpath, conditions, parent, mode) {
    let map = config.exports;
    if (exportsIsSugar(map, config, parent)) map = { '.': map };
    const resolved = matchKey(map, subpath, config, false, conditions, parent,
                              mode);
    if (resolved === null || resolved === undefined) {
      throw notExported(config, subpath, parent, mode);
    }
    return resolved;
  }

  // ---- files and folders (require's LOAD_AS_FILE / LOAD_AS_DIRECTORY) ------

  const requireExtensions = ['.js', '.json', '.node'];

  function loadAsFile(path) {
    if (fs.stat(path) === 1) return path;
    for (const ext of requireExtensions) {
      if (fs.stat(path + ext) === 1) return path + ext;
    }
    return undefined;
  }

  function loadIndex(dir) {
    for (const ext of requireExtensions) {
      const file = `${dir}/index${ext}`;
      if (fs.stat(file) === 1) return file;
    }
    return undefined;
  }

  function loadAsDirectory(dir) {
    if (fs.stat(dir) !== 2) return undefined;
    const config = readPackage(dir);
    if (config?.main !== undefined) {
      const main = join(dir, config.main);
      const found = loadAsFile(main) ?? loadIndex(main);
      if (found !== undefined) return found;
    }
    return loadIndex(dir);
  }

  // ---- the two algorithms ----------------------------------------------------

  function parsePackageName(specifier, parent, mode) {
    let end = specifier.indexOf('/');
    if (specifier[0] === '@') {
      end = end === -1 ? -1 : specifier.indexOf('/', end + 1);
    }
    const name = end === -1 ? specifier : specifier.slice(0, end);
    const valid = name !== '' && !name.startsWith('.') &&
      !name.includes('\\') && !name.includes('%') &&
      (specifier[0] !== '@' || name.includes('/'));
    if (!valid) {
      throw coded(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
                  `Invalid module "${specifier}" is not a valid package name` +
                  `${parent ? ` imported from ${parent}` : ''}`);
    }
    return { name, subpath: `.${specifier.slice(name.length)}` };
  }

  // The folders require() and import look in for packages: node_modules in
  // every folder from the parent's up to the root.
  function nodeModulesPaths(fromDir) {
    const paths = [];
    let dir = fromDir;
    while (insideRoot(dir)) {
      if (!dir.endsWith('/node_modules')) {
        paths.push(`${dir === '/' ? '' : dir}/node_modules`);
      }
      if (dir === '/') break;
      dir = dirname(dir);
    }
    return paths;
  }

  function conditionsFor(mode) {
    return mode === 'import' ? ['node', 'import'] : ['node', 'require'];
  }

  // A bare specifier: self-reference, then node_modules up the tree.
  function resolvePackage(specifier, parent, mode) {
    const { name, subpath } = parsePackageName(specifier, parent, mode);
    const conditions = conditionsFor(mode);
    const scope = packageScope(parent);
    if (scope !== null && scope.name === name && scope.exports !== undefined &&
        scope.exports !== null) {
      return packageExportsResolve(scope, subpath, conditions, parent, mode);
    }
    for (const modulesDir of nodeModulesPaths(dirname(parent))) {
      const dir = `${modulesDir}/${name}`;
      if (fs.stat(dir) !== 2) {
        if (mode === 'require' && subpath === '.') {
          const file = loadAsFile(dir);
          if (file !== undefined) return file;
        }
        continue;
      }
      const config = readPackage(dir);
      if (config !== null && config.exports !== undefined &&
          config.exports !== null) {
        return packageExportsResolve(config, subpath, conditions, parent, mode);
      }
      if (mode === 'require') {
        const target = join(dir, subpath);
        const found = loadAsFile(target) ?? loadAsDirectory(target);
        if (found !== undefined) return found;
        continue;
      }
      if (subpath === '.') {
        // ESM's legacy main resolve.
        const found = legacyMain(dir, config);
        if (found !== undefined) return found;
        throw coded(Error, 'ERR_MODULE_NOT_FOUND',
                    `Cannot find package '${dir}/' imported from ${parent}`);
      }
      return join(dir, subpath);
    }
    return undefined;
  }

  function legacyMain(dir, config) {
    if (config?.main !== undefined) {
      const main = join(dir, config.main);
      for (const candidate of [main, `${main}.js`, `${main}.json`,
                               `${main}.node`, `${main}/index.js`,
                               `${main}/index.json`, `${main}/index.node`]) {
        if (fs.stat(candidate) === 1) return candidate;
      }
    }
    for (const candidate of [`${dir}/index.js`, `${dir}/index.json`,
                             `${dir}/index.node`]) {
      if (fs.stat(candidate) === 1) return candidate;
    }
    return undefined;
  }

  function resolveImports(specifier, parent, mode) {
    const conditions = conditionsFor(mode);
    if (specifier === '#' || specifier.startsWith('#/')) {
      throw coded(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
                  `Invalid module "${specifier}" is not a valid internal ` +
                  `imports specifier name${parent ? ` imported from ${parent}` : ''}`);
    }
    const scope = packageScope(parent);
    if (mode === 'require' && (scope === null || scope.imports === undefined ||
                               scope.imports === null)) {
      // require() looks for "#x" in node_modules like any name when the
      // package has no "imports".
      return undefined;
    }
    if (scope !== null && scope.imports !== null &&
        typeof scope.imports === 'object') {
      const resolved = matchKey(scope.imports, specifier, scope, true,
                                conditions, parent, mode);
      if (resolved !== null && resolved !== undefined) {
        if (typeof resolved === 'object') {
          return resolvePackage(resolved.bare, parent, mode) ??
            notFound(resolved.bare, parent, mode, true);
        }
        return resolved;
      }
    }
    const where = scope !== null ? ` in package ${scope.file}` : '';
    throw coded(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
                `Package import specifier "${specifier}" is not defined` +
                `${where}${parent ? ` imported from ${parent}` : ''}`);
  }

  function notFound(specifier, parent, mode, bare, requireStack) {
    if (mode === 'import') {
      throw coded(Error, 'ERR_MODULE_NOT_FOUND', bare ?
        `Cannot find package '${specifier}' imported from ${parent}` :
        `Cannot find module '${specifier}' imported from ${parent}`);
    }
    const stack = requireStack ?? (parent ? [parent] : []);
    let message = `Cannot find module '${specifier}'`;
    if (stack.length > 0) {
      message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
    }
    throw coded(Error, 'MODULE_NOT_FOUND', message, { requireStack: stack });
  }

  function fileUrlToPath(url) {
    let rest = url.slice('file://'.length);
    if (!rest.startsWith('/')) {
      throw coded(TypeError, 'ERR_INVALID_FILE_URL_HOST',
                  'File URL host must be "localhost" or empty on linux');
    }
    if (/%2f/i.test(rest)) {
      throw coded(TypeError, 'ERR_INVALID_FILE_URL_PATH',
                  'File URL path must not include encoded / characters');
    }
    rest = rest.replace(/[?#].*$/s, '');
    return decodeURIComponent(rest);
  }

  // resolve(specifier, parentPath, mode [, requireStack [, check]])
  // For import, a '?query' or '#hash' is kept in `suffix` (it makes a
  // distinct module instance). With check === false (import.meta.resolve)
  // the final file is not looked at.
  function resolve(specifier, parent, mode, requireStack, check = true) {
    specifier = `${specifier}`;
    if (specifier.startsWith('node:')) {
      const name = specifier.slice(5);
      if (builtinNames.has(name)) return { builtin: name };
      if (!check) return { builtin: name, unknown: true };
      throw coded(Error, 'ERR_UNKNOWN_BUILTIN_MODULE',
                  `No such built-in module: ${specifier}`);
    }
    if (builtinNames.has(specifier)) return { builtin: specifier };

    let path;
    let bare = false;
    let suffix = '';
    const parentDir = parent ? dirname(parent) : fs.cwd();
    const relative = specifier.startsWith('/') || specifier === '.' ||
      specifier === '..' || specifier.startsWith('./') ||
      specifier.startsWith('../');
    if (relative || specifier.startsWith('file:')) {
      if (mode === 'import') {
        let text = specifier;
        const cut = text.search(/[?#]/);
        if (cut !== -1) {
          suffix = text.slice(cut);
          text = text.slice(0, cut);
        }
        if (text.startsWith('file:')) {
          path = fileUrlToPath(text);
        } else {
          const target = text.startsWith('/') ? normalize(text) :
            join(parentDir, text);
          path = decodeURIComponent(target);
        }
        if (text.endsWith('/') && !path.endsWith('/')) path += '/';
      } else if (relative) {
        const target = specifier.startsWith('/') ? normalize(specifier) :
          join(parentDir, specifier);
        path = loadAsFile(target) ?? loadAsDirectory(target);
      }
    } else if (mode === 'import' && /^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
      throw coded(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
                  'Only URLs with a scheme in: file, data, and node are supported ' +
                  'by the default ESM loader. Received protocol ' +
                  `'${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
    } else if (specifier.startsWith('#')) {
      path = resolveImports(specifier, parent, mode);
      if (path === undefined) {
        bare = true;
        path = resolvePackage(specifier, parent, mode);
      }
    } else {
      bare = true;
      path = resolvePackage(specifier, parent, mode);
      if (path !== undefined && mode === 'import' && specifier.endsWith('/') &&
          !path.endsWith('/')) {
        path += '/';
      }
      if (path !== undefined && mode === 'require' && fs.stat(path) !== 1) {
        // An "exports" target is an exact file.
        notFound(path, parent, mode, false, requireStack);
      }
    }
    if (path === undefined) {
      notFound(specifier, parent, mode, bare, requireStack);
    }
    if (!check) return { path, format: undefined, suffix };
    if (mode === 'import') {
      const kind = fs.stat(path.endsWith('/') ? path.slice(0, -1) : path);
      if (kind === 2 || path.endsWith('/')) {
        throw coded(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
                    `Directory import '${path}' is not supported resolving ` +
                    `ES modules imported from ${parent}`);
      }
      if (kind !== 1) {
        notFound(path, parent, mode, false);
      }
    } else if (fs.stat(path) !== 1) {
      notFound(specifier, parent, mode, bare, requireStack);
    }
    const real = fs.realpath(path);
    const format = formatOf(real);
    if (mode === 'import' && format === 'unknown') {
      const ext = real.slice(real.lastIndexOf('.'));
      throw coded(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION',
                  `Unknown file extension "${ext}" for ${real}`);
    }
    return { path: real, format, suffix };
  }

  exports.resolve = resolve;
  exports.formatOf = formatOf;
  exports.fileUrlToPath = fileUrlToPath;
  exports.packageScope = packageScope;
  exports.nodeModulesPaths = nodeModulesPaths;
  exports.dirname = dirname;
  exports.join = join;
  exports.normalize = normalize;
  exports.builtinNames = builtinNames;
});
