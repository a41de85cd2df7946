// node:internal/stream_duplexify: Duplex.from(body) (a Duplex out of a
// stream, a { readable, writable } pair, an (async) iterable, an async
// generator function, a promise or a Blob) and compose(...streams) (one
// Duplex that writes into the first stream and reads from the last).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const { Duplex } = require('node:internal/stream_duplex');
  const { Readable } = require('node:internal/stream_readable');
  const from = require('node:internal/stream_from');
  const { eos } = require('node:internal/stream_end_of_stream');
  const { destroyer } = require('node:internal/stream_destroy');
  const {
    codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS },
    AbortError, newAbortController,
  } = require('node:internal/stream_errors');
  const {
    isReadable, isWritable, isIterable, isNodeStream, isReadableNodeStream,
    isWritableNodeStream, isDuplexNodeStream, isReadableStream,
    isWritableStream, isWebStream,
  } = require('node:internal/stream_utils');

  // The Duplex that Duplex.from and compose return.
  class Duplexify extends Duplex {
    constructor(options) {
      super(options);
      if (options && options.readable === false) {
        this._readableState.readable = false;
        this._readableState.ended = true;
        this._readableState.endEmitted = true;
      }
      if (options && options.writable === false) {
        this._writableState.writable = false;
        this._writableState.ending = true;
        this._writableState.ended = true;
        this._writableState.finished = true;
      }
    }
  }

  function isBlob(value) {
    return typeof Blob === 'function' && value instanceof Blob;
  }

  function duplexify(body, name) {
    if (isDuplexNodeStream(body)) return body;
    if (isReadableNodeStream(body)) return fromPair({ readable: body });
    if (isWritableNodeStream(body)) return fromPair({ writable: body });
    if (isNodeStream(body)) return fromPair({ writable: false, readable: false });
    if (typeof body === 'function') {
      const { value, write, final, destroy } = fromAsyncGen(body);
      if (isIterable(value)) {
        return from(Duplexify, value, { objectMode: true, write, final, destroy });
      }
      const then = value && value.then;
      if (typeof then === 'function') {
        let d;
        const promise = Reflect.apply(then, value, [(val) => {
          if (val != null) throw ERR_INVALID_RETURN_VALUE('nully', 'body', val);
        }, (err) => {
          destroyer(d, err);
        }]);
        d = new Duplexify({
          objectMode: true,
          readable: false,
          write,
          final(cb) {
            final(async () => {
              try {
                await promise;
                nextTick(cb, null);
              } catch (err) {
                nextTick(cb, err);
              }
            });
          },
          destroy,
        });
        return d;
      }
      throw ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
    }
    if (isBlob(body)) return duplexify(body.arrayBuffer(), name);
    if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });
    if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
      const readable = body.readable ?
        (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) :
        undefined;
      const writable = body.writable ?
        (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) :
        undefined;
      return fromPair({ readable, writable });
    }
    const then = body && body.then;
    if (typeof then === 'function') {
      let d;
      Reflect.apply(then, body, [(val) => {
        if (val != null) d.push(val);
        d.push(null);
      }, (err) => {
        destroyer(d, err);
      }]);
      d = new Duplexify({ objectMode: true, writable: false, read() {} });
      return d;
    }
    throw ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
      'Iterable', 'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
  }

  // An async generator function fed by the Duplex's writes.
  function fromAsyncGen(fn) {
    let resolve;
    let promise = new Promise((r) => { resolve = r; });
    const ac = newAbortController();
    const signal = ac.signal;
    const value = fn(async function* () {
      while (true) {
        const current = promise;
        promise = null;
        const { chunk, done, cb } = await current;
        nextTick(cb);
        if (done) return;
        if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
        promise = new Promise((r) => { resolve = r; });
        yield chunk;
      }
    }(), { signal });
    return {
      value,
      write(chunk, encoding, cb) {
        const current = resolve;
        resolve = null;
        current({ chunk, done: false, cb });
      },
      final(cb) {
        const current = resolve;
        resolve = null;
        current({ done: true, cb });
      },
      destroy(err, cb) {
        ac.abort();
        cb(err);
      },
    };
  }

  // Joins a readable and a writable (either may be missing) into one.
  function fromPair(pair) {
    const r = pair.readable && typeof pair.readable.read !== 'function' ?
      Readable.wrap(pair.readable) : pair.readable;
    const w = pair.writable;
    let readable = !!isReadable(r);
    let writable = !!isWritable(w);
    let ondrain;
    let onfinish;
    let onreadable;
    let onclose;
    let d;

    function onfinished(err) {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else if (err) d.destroy(err);
    }

    d = new Duplexify({
      readableObjectMode: !!(r && r.readableObjectMode),
      writableObjectMode: !!(w && w.writableObjectMode),
      readable,
      writable,
    });

    if (writable) {
      eos(w, (err) => {
        writable = false;
        if (err) destroyer(r, err);
        onfinished(err);
      });
      d._write = function (chunk, encoding, callback) {
        if (w.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function (callback) {
        w.end();
        onfinish = callback;
      };
      w.on('drain', () => {
        if (ondrain) {
          const cb = ondrain;
          ondrain = null;
          cb();
        }
      });
      w.on('finish', () => {
        if (onfinish) {
          const cb = onfinish;
          onfinish = null;
          cb();
        }
      });
    }

    if (readable) {
      eos(r, (err) => {
        readable = false;
        if (err) destroyer(r, err);
        onfinished(err);
      });
      r.on('readable', () => {
        if (onreadable) {
          const cb = onreadable;
          onreadable = null;
          cb();
        }
      });
      r.on('end', () => { d.push(null); });
      d._read = function () {
        while (true) {
          const buf = r.read();
          if (buf === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    }

    d._destroy = function (err, callback) {
      if (!err && onclose !== null) err = new AbortError();
      onreadable = null;
      ondrain = null;
      onfinish = null;
      if (onclose === null) {
        callback(err);
      } else {
        onclose = callback;
        destroyer(w, err);
        destroyer(r, err);
      }
    };
    return d;
  }

  function compose(...streams) {
    if (streams.length === 0) throw ERR_MISSING_ARGS('streams');
    if (streams.length === 1) return duplexify(streams[0], 'streams[0]');
    const orgStreams = [...streams];
    if (typeof streams[0] === 'function') streams[0] = duplexify(streams[0], 'streams[0]');
    const last = streams.length - 1;
    if (typeof streams[last] === 'function') {
      streams[last] = duplexify(streams[last], `streams[${last}]`);
    }
    for (let n = 0; n < streams.length; ++n) {
      if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) continue;
      if (n < streams.length - 1 && !(isReadable(streams[n]) || isReadableStream(streams[n]))) {
        throw ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be readable');
      }
      if (n > 0 && !(isWritable(streams[n]) || isWritableStream(streams[n]))) {
        throw ERR_INVALID_ARG_VALUE(`streams[${n}]`, orgStreams[n], 'must be writable');
      }
    }

    let ondrain;
    let onfinish;
    let onreadable;
    let onclose;
    let d;

    function onfinished(err) {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else if (err) d.destroy(err);
      else if (!readable && !writable) d.destroy();
    }

    const head = streams[0];
    const { pipeline } = require('node:internal/stream_pipeline');
    const tail = pipeline(streams, onfinished);
    const writable = !!isWritable(head);
    const readable = !!isReadable(tail);

    d = new Duplexify({
      writableObjectMode: !!(head && head.writableObjectMode),
      readableObjectMode: !!(tail && tail.readableObjectMode),
      writable,
      readable,
    });

    if (writable) {
      d._write = function (chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function (callback) {
        head.end();
        onfinish = callback;
      };
      head.on('drain', () => {
        if (ondrain) {
          const cb = ondrain;
          ondrain = null;
          cb();
        }
      });
      tail.on('finish', () => {
        if (onfinish) {
          const cb = onfinish;
          onfinish = null;
          cb();
        }
      });
    }

    if (readable) {
      tail.on('readable', () => {
        if (onreadable) {
          const cb = onreadable;
          onreadable = null;
          cb();
        }
      });
      tail.on('end', () => { d.push(null); });
      d._read = function () {
        while (true) {
          const buf = tail.read();
          if (buf === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    }

    d._destroy = function (err, callback) {
      if (!err && onclose !== null) err = new AbortError();
      onreadable = null;
      ondrain = null;
      onfinish = null;
      if (onclose === null) {
        callback(err);
      } else {
        onclose = callback;
        if (isNodeStream(tail)) destroyer(tail, err);
      }
    };
    return d;
  }

  Duplex.from = function (body) {
    return duplexify(body, 'body');
  };

  module.exports = { duplexify, compose, Duplexify };
});
