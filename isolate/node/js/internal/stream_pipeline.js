// node:internal/stream_pipeline: pipeline(source, ...transforms,
// destination, cb): pipes streams (and async generator functions,
// iterables, a promise-returning destination) into one another, destroys
// them all on the first error and calls cb once with that error (and the
// destination function's result).
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const { eos } = require('node:internal/stream_end_of_stream');
  const destroyImpl = require('node:internal/stream_destroy');
  const {
    codes: {
      ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
      ERR_STREAM_DESTROYED, ERR_STREAM_PREMATURE_CLOSE,
    },
    AbortError, aggregateTwoErrors, validateFunction, newAbortController, validateAbortSignal, once,
  } = require('node:internal/stream_errors');
  const {
    isIterable, isReadable, isReadableNodeStream, isNodeStream,
    isTransformStream, isWebStream, isReadableStream, isReadableFinished,
  } = require('node:internal/stream_utils');

  let PassThrough;
  let Readable;
  let Duplex;

  // Destroys stream on a pipeline error unless it finished cleanly.
  function destroyer(stream, reading, writing) {
    let finished = false;
    stream.on('close', () => { finished = true; });
    const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
      finished = !err;
    });
    return {
      destroy: (err) => {
        if (finished) return;
        finished = true;
        destroyImpl.destroyer(stream, err || ERR_STREAM_DESTROYED('pipe'));
      },
      cleanup,
    };
  }

  function popCallback(streams) {
    validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
    return streams.pop();
  }

  function makeAsyncIterable(val) {
    if (isIterable(val)) return val;
    if (isReadableNodeStream(val)) return fromReadable(val);
    throw ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
  }

  async function* fromReadable(val) {
    Readable ??= require('node:internal/stream_readable').Readable;
    yield* Readable.prototype[Symbol.asyncIterator].call(val);
  }

  // Writes an (async) iterable into a writable, waiting for 'drain'.
  async function pumpToNode(iterable, writable, finish, { end }) {
    let error;
    let onresolve = null;
    const resume = (err) => {
      if (err) error = err;
      if (onresolve) {
        const callback = onresolve;
        onresolve = null;
        callback();
      }
    };
    const wait = () => new Promise((resolve, reject) => {
      if (error) {
        reject(error);
      } else {
        onresolve = () => {
          if (error) reject(error);
          else resolve();
        };
      }
    });
    writable.on('drain', resume);
    const cleanup = eos(writable, { readable: false }, resume);
    try {
      if (writable.writableNeedDrain) await wait();
      for await (const chunk of iterable) {
        if (!writable.write(chunk)) await wait();
      }
      if (end) {
        writable.end();
        await wait();
      }
      finish();
    } catch (err) {
      finish(error !== err ? aggregateTwoErrors(error, err) : err);
    } finally {
      cleanup();
      writable.off('drain', resume);
    }
  }

  // Reads a WHATWG ReadableStream into a writable.
  async function pumpToWeb(readable, writable, finish, { end }) {
    if (isTransformStream(readable)) readable = readable.readable;
    const reader = readable.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (!writable.write(value)) {
          await new Promise((resolve) => writable.once('drain', resolve));
        }
      }
      if (end) writable.end();
      finish();
    } catch (err) {
      finish(err);
    } finally {
      reader.releaseLock();
    }
  }

  function pipeline(...streams) {
    return pipelineImpl(streams, once(popCallback(streams)));
  }

  function pipelineImpl(streams, callback, opts) {
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) throw ERR_MISSING_ARGS('streams');

    const ac = newAbortController();
    const signal = ac.signal;
    const outerSignal = opts && opts.signal;
    const lastStreamCleanup = [];
    validateAbortSignal(outerSignal, 'options.signal');

    function abort() {
      finishImpl(new AbortError());
    }
    if (outerSignal) outerSignal.addEventListener('abort', abort);

    let error;
    let value;
    const destroys = [];
    let finishCount = 0;

    function finish(err) {
      finishImpl(err, --finishCount === 0);
    }

    function finishImpl(err, final) {
      if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
      if (!error && !final) return;
      while (destroys.length) destroys.shift()(error);
      if (outerSignal) outerSignal.removeEventListener('abort', abort);
      ac.abort();
      if (final) {
        if (!error) lastStreamCleanup.forEach((fn) => fn());
        nextTick(callback, error, value);
      }
    }

    let ret;
    for (let i = 0; i < streams.length; i++) {
      const stream = streams[i];
      const reading = i < streams.length - 1;
      const writing = i > 0;
      const end = reading || !opts || opts.end !== false;
      const isLastStream = i === streams.length - 1;

      if (isNodeStream(stream)) {
        if (end) {
          const { destroy, cleanup } = destroyer(stream, reading, writing);
          destroys.push(destroy);
          if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
        }
        // Errors after the pipe is done (ignoring aborts and premature
        // closes, which the pipe reports itself).
        const onError = (err) => {
          if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
            finish(err);
          }
        };
        stream.on('error', onError);
        if (isReadable(stream) && isLastStream) {
          lastStreamCleanup.push(() => { stream.removeListener('error', onError); });
        }
      }

      if (i === 0) {
        if (typeof stream === 'function') {
          ret = stream({ signal });
          if (!isIterable(ret)) {
            throw ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
          }
        } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
          ret = stream;
        } else {
          Duplex ??= require('node:internal/stream_duplex').Duplex;
          ret = Duplex.from(stream);
        }
      } else if (typeof stream === 'function') {
        if (isTransformStream(ret)) ret = makeAsyncIterable(ret && ret.readable);
        else ret = makeAsyncIterable(ret);
        ret = stream(ret, { signal });
        if (reading) {
          if (!isIterable(ret, true)) {
            throw ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
          }
        } else {
          PassThrough ??= require('node:internal/stream_duplex').PassThrough;
          // The destination function's result comes out of a PassThrough
          // (and its promise's value is handed to the callback).
          const pt = new PassThrough({ objectMode: true });
          const then = ret && ret.then;
          if (typeof then === 'function') {
            finishCount++;
            Reflect.apply(then, ret, [(val) => {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              nextTick(finish);
            }, (err) => {
              pt.destroy(err);
              nextTick(finish, err);
            }]);
          } else if (isIterable(ret, true)) {
            finishCount++;
            pumpToNode(ret, pt, finish, { end });
          } else if (isReadableStream(ret) || isTransformStream(ret)) {
            const toRead = ret.readable || ret;
            finishCount++;
            pumpToNode(toRead, pt, finish, { end });
          } else {
            throw ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
          }
          ret = pt;
          const { destroy, cleanup } = destroyer(ret, false, true);
          destroys.push(destroy);
          if (isLastStream) lastStreamCleanup.push(cleanup);
        }
      } else if (isNodeStream(stream)) {
        if (isReadableNodeStream(ret)) {
          finishCount += 2;
          const cleanup = pipe(ret, stream, finish, { end });
          if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
        } else if (isTransformStream(ret) || isReadableStream(ret)) {
          const toRead = ret.readable || ret;
          finishCount++;
          pumpToWeb(toRead, stream, finish, { end });
        } else if (isIterable(ret)) {
          finishCount++;
          pumpToNode(ret, stream, finish, { end });
        } else {
          throw ERR_INVALID_ARG_TYPE('val',
            ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
        }
        ret = stream;
      } else if (isWebStream(stream)) {
        if (isReadableNodeStream(ret)) {
          finishCount++;
          pumpToWebWritable(makeAsyncIterable(ret), stream, finish, { end });
        } else if (isReadableStream(ret) || isIterable(ret)) {
          finishCount++;
          pumpToWebWritable(ret, stream, finish, { end });
        } else if (isTransformStream(ret)) {
          finishCount++;
          pumpToWebWritable(ret.readable, stream, finish, { end });
        } else {
          throw ERR_INVALID_ARG_TYPE('val',
            ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
        }
        ret = stream;
      } else {
        Duplex ??= require('node:internal/stream_duplex').Duplex;
        ret = Duplex.from(stream);
      }
    }

    if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) nextTick(abort);
    return ret;
  }

  // Writes an (async) iterable or ReadableStream into a WHATWG
  // WritableStream (or TransformStream's writable side).
  async function pumpToWebWritable(iterable, stream, finish, { end }) {
    const target = isTransformStream(stream) ? stream.writable : stream;
    const writer = target.getWriter();
    try {
      for await (const chunk of iterable) {
        await writer.ready;
        writer.write(chunk).catch(() => {});
      }
      await writer.ready;
      if (end) await writer.close();
      finish();
    } catch (err) {
      try {
        await writer.abort(err);
        finish(err);
      } catch (err2) {
        finish(err2);
      }
    }
  }

  function pipe(src, dst, finish, { end }) {
    let ended = false;
    dst.on('close', () => {
      // The destination closed before the source completed.
      if (!ended) finish(ERR_STREAM_PREMATURE_CLOSE());
    });

    src.pipe(dst, { end: false });  // ended here below when end is true

    if (end) {
      function endFn() {
        ended = true;
        dst.end();
      }
      if (isReadableFinished(src)) nextTick(endFn);
      else src.once('end', endFn);
      eos(src, { readable: true, writable: false }, (err) => {
        const rState = src._readableState;
        if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
            rState && rState.ended && !rState.errored && !rState.errorEmitted) {
          // Closed after push(null) but before 'end': wait for 'end'.
          src.once('end', endFn).once('error', finish);
        } else {
          finish(err);
        }
      });
    } else {
      finish();
    }
    return eos(dst, { readable: false, writable: true }, finish);
  }

  module.exports = { pipelineImpl, pipeline };
});
