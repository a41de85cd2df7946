// Helpers for the stream_* cases: an event log that records every event
// a stream emits (with a short view of its arguments) and runs scenarios
// one after another, each after the previous one's ticks have drained.
'use strict';

const out = [];
function log(...parts) {
  out.push(parts.join(' '));
}

function show(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof Buffer === 'function' && Buffer.isBuffer(value)) return `<buf ${value.toString('latin1')}>`;
  if (value instanceof Error) return `<${value.name} ${value.code || ''} ${value.message}>`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') {
    if (typeof value.on === 'function' && typeof value.emit === 'function') {
      return `<stream ${value.__name || '?'}>`;
    }
    try { return JSON.stringify(value); } catch { return '<object>'; }
  }
  return String(value);
}

// Logs every (string-named) event the stream emits.
function trace(stream, name, { quiet = [] } = {}) {
  stream.__name = name;
  const emit = stream.emit;
  stream.emit = function (event, ...args) {
    if (typeof event === 'string' && !quiet.includes(event)) {
      log(`${name}:${event}`, ...args.slice(0, 2).map(show));
    }
    return Reflect.apply(emit, this, [event, ...args]);
  };
  return stream;
}

// The flags worth comparing after a scenario.
function stateOf(stream) {
  const parts = [];
  const keys = ['readable', 'writable', 'destroyed', 'closed', 'readableEnded', 'readableFlowing',
    'readableLength', 'writableEnded', 'writableFinished', 'writableLength', 'writableNeedDrain',
    'readableAborted', 'writableAborted', 'readableDidRead'];
  for (const key of keys) {
    if (key in stream) parts.push(`${key}=${show(stream[key])}`);
  }
  if ('errored' in stream) parts.push(`errored=${show(stream.errored)}`);
  return parts.join(' ');
}

const scenarios = [];
function scenario(title, fn) {
  scenarios.push({ title, fn });
}

// Runs each scenario, waits until its work (ticks, microtasks and
// setImmediate rounds) has settled, then prints its log.
async function run() {
  for (const { title, fn } of scenarios) {
    out.length = 0;
    log(`## ${title}`);
    try {
      await fn();
    } catch (error) {
      log('threw', show(error));
    }
    for (let i = 0; i < 6; i++) await new Promise((resolve) => setImmediate(resolve));
    console.log(out.join('\n'));
  }
}

// process.nextTick/microtask based waiting: n rounds of setImmediate.
function settle(n = 3) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => new Promise((resolve) => setImmediate(resolve)));
  return p;
}

module.exports = { log, show, trace, stateOf, scenario, run, settle };
