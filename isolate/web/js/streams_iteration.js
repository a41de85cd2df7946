// Async iteration of a ReadableStream (WebIDL's `async iterable<any>` with
// the stream's "get the next iteration result" and "asynchronous iterator
// return" steps) and ReadableStream.from(asyncIterable).
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, nodeError, invalidState, resolvedWith, rejectedWith, promiseResolve,
    resolvedUndefined, react,
  } = require('internal:web/streams_util');

  const { apply } = Reflect;
  const AsyncIteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype);
  const kEnd = Symbol('end of iteration');

  // ---- the async iterator ---------------------------------------------------

  class IteratorRecord {
    constructor(reader, preventCancel) {
      this.reader = reader;
      this.preventCancel = preventCancel;
      this.ongoing = null;  // the ongoing promise
      this.finished = false;
    }
  }

  const iterators = new WeakMap();

  const iteratorError = () => nodeError(
    TypeError, 'ERR_INVALID_THIS',
    'Value of "this" must be of type ReadableStreamAsyncIterator');

  // The "ReadableStream AsyncIterator" prototype of WebIDL.
  const ReadableStreamAsyncIteratorPrototype = Object.create(
    AsyncIteratorPrototype, {
      next: {
        value: function next() {
          const iterator = iterators.get(this);
          if (iterator === undefined) return rejectedWith(iteratorError());
          const nextSteps = () => {
            if (iterator.finished) {
              return resolvedWith({ value: undefined, done: true });
            }
            const nextPromise = getNextIterationResult(iterator);
            return react(nextPromise, (next) => {
              iterator.ongoing = null;
              if (next === kEnd) {
                iterator.finished = true;
                return { value: undefined, done: true };
              }
              return { value: next, done: false };
            }, (reason) => {
              iterator.ongoing = null;
              iterator.finished = true;
              throw reason;
            });
          };
          iterator.ongoing = iterator.ongoing === null ? nextSteps() :
            react(iterator.ongoing, nextSteps, nextSteps);
          return iterator.ongoing;
        },
        writable: true, enumerable: true, configurable: true,
      },
      return: {
        value: function (value) {
          const iterator = iterators.get(this);
          if (iterator === undefined) return rejectedWith(iteratorError());
          const returnSteps = () => {
            if (iterator.finished) {
              return resolvedWith({ value, done: true });
            }
            iterator.finished = true;
            return asyncIteratorReturn(iterator, value);
          };
          iterator.ongoing = iterator.ongoing === null ? returnSteps() :
            react(iterator.ongoing, returnSteps, returnSteps);
          return react(iterator.ongoing, () => ({ value, done: true }));
        },
        writable: true, enumerable: true, configurable: true,
      },
      [Symbol.toStringTag]: {
        value: 'ReadableStream AsyncIterator', configurable: true,
      },
    });
  Object.defineProperty(ReadableStreamAsyncIteratorPrototype.return, 'name',
                        { value: 'return' });

  function newReadableStreamAsyncIterator(stream, preventCancel) {
    const reader = ops.acquireReadableStreamDefaultReader(stream);
    const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
    iterators.set(iterator, new IteratorRecord(reader, preventCancel));
    return iterator;
  }

  function getNextIterationResult(iterator) {
    const reader = iterator.reader;
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    ops.readableStreamDefaultReaderRead(reader, {
      chunk(chunk) { resolve(chunk); },
      close() {
        ops.readableStreamDefaultReaderRelease(reader);
        resolve(kEnd);
      },
      error(error) {
        ops.readableStreamDefaultReaderRelease(reader);
        reject(error);
      },
    });
    return promise;
  }

  function asyncIteratorReturn(iterator, value) {
    const reader = iterator.reader;
    if (reader.stream === undefined) return resolvedUndefined();
    if (!iterator.preventCancel) {
      const result = ops.readableStreamCancel(reader.stream, value);
      ops.readableStreamDefaultReaderRelease(reader);
      return result;
    }
    ops.readableStreamDefaultReaderRelease(reader);
    return resolvedUndefined();
  }

  // ---- ReadableStream.from --------------------------------------------------

  const notIterable = (value) => nodeError(
    TypeError, 'ERR_ARG_NOT_ITERABLE',
    `${internals.format('%s', value)} must be iterable`);

  // GetIterator(obj, async): an async iterator, or the async-from-sync
  // wrapper around a sync one.
  function getAsyncIterator(value) {
    const asyncMethod = value[Symbol.asyncIterator];
    if (asyncMethod !== undefined && asyncMethod !== null) {
      if (typeof asyncMethod !== 'function') throw notIterable(value);
      const iterator = apply(asyncMethod, value, []);
      if (!isObject(iterator)) {
        throw new TypeError('Result of the Symbol.asyncIterator method ' +
                            'is not an object');
      }
      return { iterator, next: iterator.next };
    }
    const syncMethod = value[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw notIterable(value);
    const syncIterator = apply(syncMethod, value, []);
    if (!isObject(syncIterator)) {
      throw new TypeError('Result of the Symbol.iterator method is not an ' +
                          'object');
    }
    return createAsyncFromSyncIterator(syncIterator, syncIterator.next);
  }

  const isObject = (value) =>
    (typeof value === 'object' && value !== null) ||
    typeof value === 'function';

  // CreateAsyncFromSyncIterator (ECMA-262 27.1.4), with its timing: each
  // result's value is awaited through PromiseResolve, one reaction.
  function createAsyncFromSyncIterator(syncIterator, syncNext) {
    function continuation(result) {
      if (!isObject(result)) {
        throw new TypeError(`Iterator result ${internals.inspect(result)} ` +
                            'is not an object');
      }
      const done = Boolean(result.done);
      const valueWrapper = promiseResolve(result.value);
      return react(valueWrapper, (value) => ({ value, done }));
    }
    const iterator = {
      next(value) {
        try {
          return continuation(apply(syncNext, syncIterator, [value]));
        } catch (error) {
          return rejectedWith(error);
        }
      },
      return(value) {
        try {
          const method = syncIterator.return;
          if (method === undefined || method === null) {
            return resolvedWith({ value, done: true });
          }
          const result = apply(method, syncIterator, [value]);
          if (!isObject(result)) {
            throw new TypeError('iterator.return() did not return an object');
          }
          return continuation(result);
        } catch (error) {
          return rejectedWith(error);
        }
      },
    };
    return { iterator, next: iterator.next };
  }

  function readableStreamFromIterable(asyncIterable) {
    let stream;
    const record = getAsyncIterator(asyncIterable);
    const pullAlgorithm = () => {
      let nextResult;
      try {
        nextResult = apply(record.next, record.iterator, []);
      } catch (error) {
        return rejectedWith(error);
      }
      return react(resolvedWith(nextResult), (iterResult) => {
        if (!isObject(iterResult)) {
          throw invalidState(
            'The iterator.next() method must return an object');
        }
        if (iterResult.done) {
          ops.readableStreamDefaultControllerClose(stream.controller);
        } else {
          ops.readableStreamDefaultControllerEnqueue(stream.controller,
                                                     iterResult.value);
        }
      });
    };
    const cancelAlgorithm = (reason) => {
      const iterator = record.iterator;
      let returnResult;
      try {
        const method = iterator.return;
        if (method === undefined || method === null) {
          return resolvedUndefined();
        }
        returnResult = apply(method, iterator, [reason]);
      } catch (error) {
        return rejectedWith(error);
      }
      return react(resolvedWith(returnResult), (iterResult) => {
        if (!isObject(iterResult)) {
          throw invalidState('The promise returned by the iterator.return() ' +
                             'method must fulfill with an object');
        }
      });
    };
    stream = ops.createReadableStream(() => undefined, pullAlgorithm,
                                      cancelAlgorithm, 0);
    return stream;
  }

  Object.assign(ops, {
    newReadableStreamAsyncIterator, readableStreamFromIterable,
  });
});
