// Shared helpers of the webstreams_* node_diff cases: a log of events with
// microtask tick markers, so that the order of promise resolutions is
// printed and compared with Node's, and a counter of checks.
'use strict';

let checks = 0;
let ticking = false;

function show(value) {
  if (value instanceof Error || (value && typeof value === 'object' &&
                                 typeof value.message === 'string' &&
                                 typeof value.name === 'string')) {
    const code = value.code === undefined ? '' : ` ${value.code}`;
    return `${value.name}${code}: ${value.message}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (ArrayBuffer.isView(value)) {
    const name = value.constructor.name;
    const items = value instanceof DataView ?
      Array.from(new Uint8Array(value.buffer, value.byteOffset,
                                value.byteLength)) :
      Array.from(value, String);
    return `${name}(${items.join(',')})@${value.byteOffset}/` +
      `${value.buffer.byteLength}`;
  }
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (value && typeof value === 'object' && 'done' in value &&
      'value' in value) {
    return `{value: ${show(value.value)}, done: ${value.done}}`;
  }
  return String(value);
}

function log(...parts) {
  checks++;
  console.log(parts.map((p) => (typeof p === 'string' ? p : show(p)))
    .join(' '));
}

// Logs how a promise settles.
function watch(label, promise) {
  promise.then((value) => log(label, 'fulfilled', value),
               (error) => log(label, 'rejected', error));
  return promise;
}

// Logs what a function throws (or returns).
function attempt(label, fn) {
  try {
    const value = fn();
    log(label, 'returned', value);
    return value;
  } catch (error) {
    log(label, 'threw', error);
    return undefined;
  }
}

// Prints "tick N" after each of the next `count` microtask turns.
function ticks(count = 12) {
  let n = 0;
  const step = () => {
    console.log(`  tick ${n}`);
    if (++n < count) Promise.resolve().then(step);
  };
  Promise.resolve().then(step);
}

// Resolves once every pending microtask has run (setImmediate runs after
// the microtask queue drains, in Node and in isohost).
const drain = () => new Promise((resolve) => setImmediate(resolve));

async function scenario(name, fn) {
  console.log(`== ${name}`);
  try {
    await fn();
  } catch (error) {
    log('scenario threw', error);
  }
  await drain();
  await drain();
}

function done() {
  console.log(`checks: ${checks}`);
}

module.exports = { log, show, watch, attempt, ticks, drain, scenario, done };
