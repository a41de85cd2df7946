// node:internal/worker_threads_worker: node:worker_threads' Worker, the
// parent's side of a worker (an EventEmitter).
//
// Built on the runtime's Web Worker machinery (natives.spawnWorker, the
// C++ WorkerHost): the worker is an isolate on a thread of its own and its
// implicit port carries parentPort's messages. What differs from the
// global Worker is the face: events are emitted, not dispatched ('online';
// 'message' and 'messageerror' with the value; 'error' with the Error;
// 'exit' with the code), the worker is started as a Node worker (no Web
// Worker globals; parentPort, workerData, threadId, environment data,
// argv, env), relative paths are resolved against the working directory
// as in Node, and ref()/unref() choose whether it keeps this runtime
// alive.
(function (exports, require, binding, internals, module) {
  'use strict';
  const { natives, kEventSink, transferListOf } = internals;
  const EventEmitter = require('node:events');
  const errors = require('node:internal/worker_threads_errors');
  const shared = require('node:internal/worker_threads_shared');
  const serdes = require('node:internal/worker_threads_serdes');

  const kPort = Symbol('kPort');
  const kThreadId = Symbol('kThreadId');
  const kExited = Symbol('kExited');
  const kLimits = Symbol('kLimits');

  const limitKeys = [
    'maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
    'stackSizeMb',
  ];

  // Node's test for a WHATWG URL (also a URL from another realm).
  function isURL(value) {
    return value != null && typeof value === 'object' &&
      Boolean(value.href) && Boolean(value.protocol) &&
      value.auth === undefined && value.path === undefined;
  }

  function isAbsoluteOrDotRelative(filename) {
    return filename.startsWith('/') || /^\.\.?[\\/]/.test(filename);
  }

  function copyEnv(env) {
    const copy = {};
    for (const [key, value] of Object.entries(env)) copy[key] = `${value}`;
    return copy;
  }

  // The text of a data: URL (percent-encoded or base64, UTF-8).
  function dataUrlText(href) {
    const comma = href.indexOf(',');
    const meta = href.slice(5, comma < 0 ? href.length : comma);
    const body = comma < 0 ? '' : href.slice(comma + 1);
    let bytes;
    if (/;base64$/i.test(meta)) {
      const binary = atob(body.replace(
        /%([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
      bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    } else {
      const out = [];
      for (let i = 0; i < body.length; i++) {
        const hex = body[i] === '%' ? body.slice(i + 1, i + 3) : '';
        if (/^[0-9a-f]{2}$/i.test(hex)) {
          out.push(parseInt(hex, 16));
          i += 2;
        } else {
          out.push(...new TextEncoder().encode(body[i]));
        }
      }
      bytes = Uint8Array.from(out);
    }
    return new TextDecoder().decode(bytes);
  }

  // The Error the parent's 'error' event gets for a worker that failed
  // without a JS error of its own (its script could not be loaded, ...).
  function errorFrom(info) {
    const missing = /^Cannot find module '(.*)': /.exec(info.message);
    if (missing !== null) {
      const error = errors.coded(Error, 'MODULE_NOT_FOUND',
                                 `Cannot find module '${missing[1]}'`);
      error.requireStack = [];
      return error;
    }
    return new Error(info.message);
  }

  class Worker extends EventEmitter {
    constructor(filename, options = undefined) {
      super();
      options = options !== null && typeof options === 'object' ? options : {};
      if (options.execArgv && !Array.isArray(options.execArgv)) {
        throw errors.invalidArgType('options.execArgv', 'an instance of Array',
                                    options.execArgv);
      }
      let argv;
      if (options.argv) {
        if (!Array.isArray(options.argv)) {
          throw errors.invalidArgType('options.argv', 'an instance of Array',
                                      options.argv);
        }
        argv = options.argv.map(String);
      }
      let path;
      let source;
      let type = 'classic';
      if (options.eval) {
        if (typeof filename !== 'string') {
          throw errors.invalidArgValue(
            'options.eval', options.eval,
            'must be false when \'filename\' is not a string');
        }
        source = filename;
      } else if (isURL(filename)) {
        if (filename.protocol === 'data:') {
          // Node imports it as an ES module.
          source = dataUrlText(`${filename.href}`);
          type = 'module';
        } else if (filename.protocol !== 'file:') {
          throw errors.coded(TypeError, 'ERR_INVALID_URL_SCHEME',
                             'The URL must be of scheme file');
        } else {
          path = `${filename.href}`;
        }
      } else if (typeof filename !== 'string') {
        throw errors.invalidArgType(
          'filename', 'of type string or an instance of URL', filename);
      } else if (isAbsoluteOrDotRelative(filename)) {
        path = filename;
      } else {
        throw errors.workerPath(filename);
      }
      if (path !== undefined && /\.mjs$/i.test(path)) type = 'module';
      let env;
      if (typeof options.env === 'object' && options.env !== null) {
        env = copyEnv(options.env);
      } else if (options.env == null || options.env === shared.SHARE_ENV) {
        // isohost runtimes share no environment: SHARE_ENV is a copy too.
        env = copyEnv(internals.global.process.env);
      } else {
        throw errors.invalidArgType(
          'options.env',
          'of type object or one of undefined, null, or ' +
          'worker_threads.SHARE_ENV', options.env);
      }
      let name = '';
      if (options.name) {
        if (typeof options.name !== 'string') {
          throw errors.invalidArgType('options.name', 'of type string',
                                      options.name);
        }
        name = options.name.trim();
      }
      const requested = options.resourceLimits;
      const limits = {};
      for (const key of limitKeys) {
        const value = requested?.[key];
        limits[key] = typeof value === 'number' && value > 0 ? value :
          key === 'stackSizeMb' ? 4 : -1;
      }
      this[kLimits] = limits;
      this[kExited] = false;

      const spawn = {
        node: true,
        name,
        type,
        source,
        argv,
        workerData: {
          workerData: options.workerData,
          environmentData: shared.environmentData,
          env,
        },
        hasWorkerData: true,
        transferList: options.transferList === undefined ?
          undefined : transferListOf(options.transferList),
        resourceLimits: typeof requested === 'object' ? requested : undefined,
        permissions: options.permissions,
        online: () => this.emit('online'),
      };
      const worker = this;
      const sink = {
        message(data) { worker.emit('message', data); },
        messageerror() {
          worker.emit('messageerror', errors.coded(
            Error, 'ERR_WORKER_MESSAGE_DESERIALIZE',
            'A message from the worker could not be deserialized'));
        },
        exit(code, errorInfo) {
          worker[kExited] = true;
          if (errorInfo !== undefined) {
            const error = errorInfo.error !== undefined ?
              serdes.deserializeError(errorInfo.error) : errorFrom(errorInfo);
            if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
              // The host's words for the heap limit, Node's for the error.
              error.message = 'Worker terminated due to reaching memory ' +
                'limit: JS heap out of memory';
            }
            worker.emit('error', error);
          }
          worker.emit('exit', code);
        },
      };
      this[kPort] = natives.spawnWorker(path ?? '', spawn,
                                        { [kEventSink]: sink });
      this[kThreadId] = spawn.threadId;
    }

    postMessage(...args) {
      if (args.length === 0) {
        throw errors.coded(TypeError, 'ERR_MISSING_ARGS',
                           'Not enough arguments to MessagePort.postMessage');
      }
      if (this[kExited]) return;
      natives.portPost(this[kPort], args[0], transferListOf(args[1]));
    }

    terminate(callback) {
      if (typeof callback === 'function') {
        this.once('exit', (code) => callback(null, code));
      }
      if (this[kExited]) return Promise.resolve();
      natives.terminateWorker(this[kPort]);
      return new Promise((resolve) => this.once('exit', resolve));
    }

    ref() { natives.workerRef(this[kPort], true); }
    unref() { natives.workerRef(this[kPort], false); }

    get threadId() { return this[kExited] ? -1 : this[kThreadId]; }

    // The worker's console writes straight to the process's stdout and
    // stderr (no streams to pipe; the stdin/stdout/stderr options are
    // ignored).
    get stdin() { return null; }
    get stdout() { return null; }
    get stderr() { return null; }

    get resourceLimits() {
      return this[kExited] ? {} : { ...this[kLimits] };
    }

    getHeapSnapshot() {
      return Promise.reject(errors.notImplemented('getHeapSnapshot()'));
    }
  }

  module.exports = { Worker };
});
