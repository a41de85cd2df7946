'use strict';
// Maps Node's worker_threads onto the Web Worker API that isohost provides,
// so the worker corpus can be recorded from the real Node.js 20:
//
//   node -r /abs/path/to/web_worker_shim.js case.js
//
// Node passes `-r` on to worker threads (they inherit execArgv), so this file
// runs first in the main thread and in every worker. It only adds what Node
// lacks; Node's own MessageChannel, MessagePort, EventTarget, Event,
// MessageEvent, DOMException and structuredClone are used as they are.
//
// Mapping (see README.md for the rules cases must follow):
// - new Worker(path, {name, type, workerData}): `path` is resolved relative to
//   the file of the script that calls the constructor, found with a V8
//   stack-trace trick (first call site outside this file; process.argv[1] as a
//   fallback). `type` is ignored: Node picks CommonJS/ESM from the extension,
//   so module workers in the corpus are .mjs files.
// - Worker events: 'message' (MessageEvent), 'error' (ErrorEvent, cancelable),
//   'exit' (Event with a numeric .code), 'messageerror'; plus the on* handler
//   attributes. An 'error' event nobody preventDefault()s is rethrown in the
//   parent (uncaught: stderr, exit code 1).
// - ErrorEvent from a worker error: message = 'Uncaught ' + String(error)
//   (what v8::Message::Get() says), filename/lineno/colno = the top JS frame
//   of error.stack (1-based, i.e. where the Error was created), error = the
//   cloned error value.
// - In a worker: self, name, workerData, postMessage, onmessage,
//   add/removeEventListener('message'|'messageerror') on the global, wired to
//   worker_threads.parentPort; close() = finish the current task, then
//   process.exit() (Node drains what the worker already posted before the
//   parent sees 'exit').
const wt = require('worker_threads');
const path = require('path');
const url = require('url');

const TAG = '__isohost_web_worker_shim__';

// postMessage(value, transfer) where transfer is an array or {transfer}.
function transferList(t) {
  if (t === undefined || t === null) return undefined;
  if (Array.isArray(t)) return t;
  if (typeof t === 'object' && 'transfer' in t) return t.transfer;
  return t; // let Node reject it
}

// File of the first JS frame outside this shim.
function callerFile() {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder, callerFile);
  const sites = holder.stack;
  Error.prepareStackTrace = saved;
  for (const site of Array.isArray(sites) ? sites : []) {
    const f = site.getFileName();
    if (!f || f === __filename || f.startsWith('node:')) continue;
    return f.startsWith('file:') ? url.fileURLToPath(f) : f;
  }
  return path.resolve(process.argv[1]);
}

// on<type> attributes on top of add/removeEventListener. `return false`
// cancels the event, as for HTML event handlers.
function defineHandlers(proto, types) {
  for (const type of types) {
    const slot = Symbol('on' + type);
    Object.defineProperty(proto, 'on' + type, {
      configurable: true,
      enumerable: true,
      get() { return this[slot] ? this[slot].fn : null; },
      set(fn) {
        if (this[slot]) this.removeEventListener(type, this[slot].listener);
        this[slot] = null;
        if (typeof fn !== 'function') return;
        const listener = (ev) => { if (fn.call(this, ev) === false) ev.preventDefault(); };
        this[slot] = { fn, listener };
        this.addEventListener(type, listener);
      },
    });
  }
}

class ErrorEvent extends Event {
  #init;
  constructor(type, init = {}) {
    super(type, init);
    this.#init = init;
  }
  get message() { return String(this.#init.message ?? ''); }
  get filename() { return String(this.#init.filename ?? ''); }
  get lineno() { return this.#init.lineno >>> 0; }
  get colno() { return this.#init.colno >>> 0; }
  get error() { return this.#init.error === undefined ? null : this.#init.error; }
}
if (typeof globalThis.ErrorEvent !== 'function') {
  Object.defineProperty(globalThis, 'ErrorEvent',
    { value: ErrorEvent, writable: true, configurable: true });
}

function errorEventFor(error) {
  let message;
  try { message = 'Uncaught ' + String(error); } catch { message = 'Uncaught exception'; }
  let filename = '', lineno = 0, colno = 0;
  const stack = error !== null && typeof error === 'object' ? error.stack : undefined;
  if (typeof stack === 'string') {
    for (const line of stack.split('\n')) {
      const m = /^\s+at (?:.*\()?([^()]+):(\d+):(\d+)\)?$/.exec(line);
      if (!m || m[1].startsWith('node:')) continue;
      [filename, lineno, colno] = [m[1], Number(m[2]), Number(m[3])];
      break;
    }
  }
  return new globalThis.ErrorEvent('error',
    { message, filename, lineno, colno, error, cancelable: true });
}

class Worker extends EventTarget {
  #worker;
  constructor(file, options = {}) {
    super();
    if (file instanceof URL) file = url.fileURLToPath(file);
    const script = path.resolve(path.dirname(callerFile()), String(file));
    const opts = options || {};
    this.#worker = new wt.Worker(script, {
      workerData: { [TAG]: true, name: String(opts.name ?? ''), data: opts.workerData },
    });
    const w = this.#worker;
    w.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data })));
    w.on('messageerror', (data) => this.dispatchEvent(new MessageEvent('messageerror', { data })));
    w.on('error', (error) => {
      const ev = errorEventFor(error);
      this.dispatchEvent(ev);
      if (!ev.defaultPrevented) throw error; // the parent's own uncaught error
    });
    w.on('exit', (code) => {
      const ev = new Event('exit');
      ev.code = code;
      this.dispatchEvent(ev);
    });
  }
  postMessage(value, transfer) { this.#worker.postMessage(value, transferList(transfer)); }
  terminate() { return this.#worker.terminate(); }
}
defineHandlers(Worker.prototype, ['message', 'error', 'messageerror']);

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name,
    { value, writable: true, configurable: true, enumerable: true });
}

defineGlobal('Worker', Worker);
defineGlobal('self', globalThis);

if (!wt.isMainThread) {
  const port = wt.parentPort;
  let data = wt.workerData;
  let name = '';
  if (data && data[TAG]) { name = data.name; data = data.data; }
  defineGlobal('workerData', data);
  defineGlobal('name', name);
  defineGlobal('postMessage', (value, transfer) => port.postMessage(value, transferList(transfer)));
  defineGlobal('addEventListener', (type, fn, opts) => port.addEventListener(type, fn, opts));
  defineGlobal('removeEventListener', (type, fn, opts) => port.removeEventListener(type, fn, opts));

  // onmessage/onmessageerror on the global, delegated to parentPort (setting
  // one starts the port and keeps the worker alive; null lets it exit).
  for (const type of ['message', 'messageerror']) {
    let handler = null;
    Object.defineProperty(globalThis, 'on' + type, {
      configurable: true,
      enumerable: true,
      get() { return handler; },
      set(fn) {
        handler = typeof fn === 'function' ? fn : null;
        port['on' + type] = handler && ((ev) => handler.call(globalThis, ev));
      },
    });
  }

  let closing = false;
  defineGlobal('close', () => {
    if (closing) return;
    closing = true;
    process.nextTick(() => process.exit());
  });
}
