// ReadableStreamPipeTo and the StreamPipeOptions dictionary
// (https://streams.spec.whatwg.org/#readable-stream-pipe-to).
//
// The spec leaves the loop's scheduling to the implementation ("in
// parallel"); this one waits for the writer's ready promise, reads one
// chunk, starts its write without waiting for it, and repeats. Shutdown
// waits for the last started write to settle before it acts.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, Deferred, invalidArgType, invalidState, resolvedWith,
    resolvedUndefined, react, markHandled, noop, queueMicrotaskJob,
    dictionary,
  } = require('internal:web/streams_util');
  require('internal:web/streams_writable');

  const { apply } = Reflect;
  const { addEventListener, removeEventListener } =
    internals.EventTarget.prototype;
  let AbortSignalClass;

  function isAbortSignal(value) {
    if (AbortSignalClass === undefined) {
      try {
        AbortSignalClass = internals.requireBuiltin('internal:web/abort')
          .AbortSignal;
      } catch {
        AbortSignalClass = internals.global.AbortSignal ?? null;
      }
    }
    return typeof AbortSignalClass === 'function' &&
      value instanceof AbortSignalClass;
  }

  // StreamPipeOptions, members in WebIDL order.
  function streamPipeOptions(options) {
    const dict = dictionary(options, 'options');
    const preventAbort = Boolean(dict.preventAbort);
    const preventCancel = Boolean(dict.preventCancel);
    const preventClose = Boolean(dict.preventClose);
    const signal = dict.signal;
    if (signal !== undefined && !isAbortSignal(signal)) {
      throw invalidArgType('options.signal', 'an instance of AbortSignal',
                           signal);
    }
    return { preventAbort, preventCancel, preventClose, signal };
  }

  // WebIDL's "wait for all" of a list of promises, as a promise.
  function waitForAll(promises) {
    const result = new Deferred();
    let remaining = promises.length;
    if (remaining === 0) {
      queueMicrotaskJob(() => result.resolve([]));
      return result.promise;
    }
    const values = new Array(remaining);
    promises.forEach((promise, index) => {
      react(promise, (value) => {
        values[index] = value;
        if (--remaining === 0) result.resolve(values);
      }, (error) => result.reject(error));
    });
    return result.promise;
  }

  function readableStreamPipeTo(source, dest, options) {
    const { preventClose, preventAbort, preventCancel, signal } = options;
    const reader = ops.acquireReadableStreamDefaultReader(source);
    const writer = ops.acquireWritableStreamDefaultWriter(dest);
    source.disturbed = true;
    let shuttingDown = false;
    let currentWrite = resolvedUndefined();
    const promise = new Deferred();
    let abortAlgorithm;

    if (signal !== undefined) {
      abortAlgorithm = () => {
        const error = signal.reason;
        const actions = [];
        if (!preventAbort) {
          actions.push(() => (dest.state === 'writable' ?
            ops.writableStreamAbort(dest, error) : resolvedUndefined()));
        }
        if (!preventCancel) {
          actions.push(() => (source.state === 'readable' ?
            ops.readableStreamCancel(source, error) : resolvedUndefined()));
        }
        shutdownWithAnAction(
          () => waitForAll(actions.map((action) => action())), true, error);
      };
      if (signal.aborted) {
        abortAlgorithm();
        return promise.promise;
      }
      apply(addEventListener, signal, ['abort', abortAlgorithm]);
    }

    // One step of the loop: resolves true once the loop should stop.
    function pipeStep() {
      if (shuttingDown) return resolvedWith(true);
      return react(writer.ready.promise, () => new Promise((resolve,
                                                            reject) => {
        // No new reads once shutting down (the spec's rule).
        if (shuttingDown) {
          resolve(true);
          return;
        }
        ops.readableStreamDefaultReaderRead(reader, {
          chunk(chunk) {
            currentWrite = ops.writableStreamDefaultWriterWrite(writer,
                                                               chunk);
            markHandled(currentWrite);
            resolve(false);
          },
          close() { resolve(true); },
          error: reject,
        });
      }));
    }

    function pipeLoop() {
      return new Promise((resolveLoop, rejectLoop) => {
        function next(done) {
          if (done) resolveLoop();
          else react(pipeStep(), next, rejectLoop);
        }
        next(false);
      });
    }

    // Errors must be propagated forward.
    isOrBecomesErrored(source, reader.closed.promise, (storedError) => {
      if (!preventAbort) {
        shutdownWithAnAction(() => ops.writableStreamAbort(dest, storedError),
                             true, storedError);
      } else {
        shutdown(true, storedError);
      }
    });
    // Errors must be propagated backward.
    isOrBecomesErrored(dest, writer.closed.promise, (storedError) => {
      if (!preventCancel) {
        shutdownWithAnAction(
          () => ops.readableStreamCancel(source, storedError), true,
          storedError);
      } else {
        shutdown(true, storedError);
      }
    });
    // Closing must be propagated forward.
    isOrBecomesClosed(source, reader.closed.promise, () => {
      if (!preventClose) {
        shutdownWithAnAction(
          () => ops.writableStreamDefaultWriterCloseWithErrorPropagation(
            writer));
      } else {
        shutdown();
      }
    });
    // Closing must be propagated backward.
    if (ops.writableStreamCloseQueuedOrInFlight(dest) ||
        dest.state === 'closed') {
      const destClosed = invalidState('Destination WritableStream is closed');
      if (!preventCancel) {
        shutdownWithAnAction(
          () => ops.readableStreamCancel(source, destClosed), true,
          destClosed);
      } else {
        shutdown(true, destClosed);
      }
    }

    markHandled(pipeLoop());
    return promise.promise;

    function isOrBecomesErrored(stream, closedPromise, action) {
      if (stream.state === 'errored') action(stream.storedError);
      else react(closedPromise, undefined, action);
    }

    function isOrBecomesClosed(stream, closedPromise, action) {
      if (stream.state === 'closed') action();
      else react(closedPromise, action, noop);
    }

    function waitForWritesToFinish() {
      const oldCurrentWrite = currentWrite;
      const check = () => (oldCurrentWrite !== currentWrite ?
        waitForWritesToFinish() : undefined);
      return react(currentWrite, check, check);
    }

    function afterWrites(steps) {
      if (dest.state === 'writable' &&
          !ops.writableStreamCloseQueuedOrInFlight(dest)) {
        react(waitForWritesToFinish(), steps);
      } else {
        steps();
      }
    }

    function shutdownWithAnAction(action, originalIsError, originalError) {
      if (shuttingDown) return;
      shuttingDown = true;
      afterWrites(() => {
        react(action(), () => finalize(originalIsError, originalError),
              (newError) => finalize(true, newError));
      });
    }

    function shutdown(isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      afterWrites(() => finalize(isError, error));
    }

    function finalize(isError, error) {
      ops.writableStreamDefaultWriterRelease(writer);
      ops.readableStreamDefaultReaderRelease(reader);
      if (signal !== undefined) {
        apply(removeEventListener, signal, ['abort', abortAlgorithm]);
      }
      if (isError) promise.reject(error);
      else promise.resolve(undefined);
    }
  }

  Object.assign(ops, { streamPipeOptions, readableStreamPipeTo });
});
