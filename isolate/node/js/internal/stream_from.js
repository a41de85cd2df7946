// node:internal/stream_from: Readable.from(iterable | asyncIterable |
// string | Buffer): an object-mode Readable (highWaterMark 1 unless
// given) that pulls from the iterator as it is read, and returns/throws
// into it when destroyed.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { nextTick } = internals;
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } =
    require('node:internal/stream_errors');
  const { isBuffer } = require('node:internal/stream_state');

  function from(Readable, iterable, opts) {
    if (typeof iterable === 'string' || isBuffer(iterable)) {
      return new Readable({
        objectMode: true,
        ...opts,
        read() {
          this.push(iterable);
          this.push(null);
        },
      });
    }

    let iterator;
    let isAsync;
    if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
      isAsync = true;
      iterator = iterable[Symbol.asyncIterator]();
    } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
      isAsync = false;
      iterator = iterable[Symbol.iterator]();
    } else {
      throw ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
    }

    const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
    // Only one next() in flight at a time.
    let reading = false;

    readable._read = function () {
      if (!reading) {
        reading = true;
        next();
      }
    };

    readable._destroy = function (error, cb) {
      close(error).then(
        () => nextTick(cb, error),
        (e) => nextTick(cb, e || error));
    };

    async function close(error) {
      const hadError = error !== undefined && error !== null;
      const hasThrow = typeof iterator.throw === 'function';
      if (hadError && hasThrow) {
        const { value, done } = await iterator.throw(error);
        await value;
        if (done) return;
      }
      if (typeof iterator.return === 'function') {
        const { value } = await iterator.return();
        await value;
      }
    }

    async function next() {
      for (;;) {
        try {
          const { value, done } = isAsync ? await iterator.next() : iterator.next();
          if (done) {
            readable.push(null);
          } else {
            const res = (value && typeof value.then === 'function') ? await value : value;
            if (res === null) {
              reading = false;
              throw ERR_STREAM_NULL_VALUES();
            } else if (readable.push(res)) {
              continue;
            } else {
              reading = false;
            }
          }
        } catch (err) {
          readable.destroy(err);
        }
        break;
      }
    }
    return readable;
  }

  module.exports = from;
});
