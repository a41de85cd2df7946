// ReadableStreamTee (https://streams.spec.whatwg.org/#readable-stream-tee):
// the default tee (one chunk object shared by both branches) and the byte
// stream tee (branch 2 gets a copy, and BYOB reads of either branch go
// through a BYOB reader of the source).
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    ops, Deferred, resolvedUndefined, react, queueMicrotaskJob, viewInfo,
    cloneArrayBuffer, isByteStreamController,
  } = require('internal:web/streams_util');

  function readableStreamTee(stream, cloneForBranch2) {
    if (isByteStreamController(stream.controller)) {
      return readableByteStreamTee(stream);
    }
    return readableStreamDefaultTee(stream, cloneForBranch2);
  }

  function readableStreamDefaultTee(stream, cloneForBranch2) {
    const reader = ops.acquireReadableStreamDefaultReader(stream);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = new Deferred();

    const readRequest = {
      chunk(chunk) {
        queueMicrotaskJob(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk);
            } catch (error) {
              ops.readableStreamDefaultControllerError(branch1.controller,
                                                       error);
              ops.readableStreamDefaultControllerError(branch2.controller,
                                                       error);
              cancelPromise.resolve(ops.readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) {
            ops.readableStreamDefaultControllerEnqueue(branch1.controller,
                                                       chunk1);
          }
          if (!canceled2) {
            ops.readableStreamDefaultControllerEnqueue(branch2.controller,
                                                       chunk2);
          }
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) {
          ops.readableStreamDefaultControllerClose(branch1.controller);
        }
        if (!canceled2) {
          ops.readableStreamDefaultControllerClose(branch2.controller);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    };

    function pullAlgorithm() {
      if (reading) {
        readAgain = true;
        return resolvedUndefined();
      }
      reading = true;
      ops.readableStreamDefaultReaderRead(reader, readRequest);
      return resolvedUndefined();
    }

    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) {
        cancelPromise.resolve(
          ops.readableStreamCancel(stream, [reason1, reason2]));
      }
      return cancelPromise.promise;
    }

    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) {
        cancelPromise.resolve(
          ops.readableStreamCancel(stream, [reason1, reason2]));
      }
      return cancelPromise.promise;
    }

    const startAlgorithm = () => undefined;
    branch1 = ops.createReadableStream(startAlgorithm, pullAlgorithm,
                                       cancel1Algorithm);
    branch2 = ops.createReadableStream(startAlgorithm, pullAlgorithm,
                                       cancel2Algorithm);
    react(reader.closed.promise, undefined, (error) => {
      ops.readableStreamDefaultControllerError(branch1.controller, error);
      ops.readableStreamDefaultControllerError(branch2.controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
    return [branch1, branch2];
  }

  // CloneAsUint8Array(view)
  function cloneAsUint8Array(view) {
    const info = viewInfo(view);
    return new Uint8Array(cloneArrayBuffer(info.buffer, info.byteOffset,
                                           info.byteLength));
  }

  function readableByteStreamTee(stream) {
    let reader = ops.acquireReadableStreamDefaultReader(stream);
    let reading = false;
    let readAgainForBranch1 = false;
    let readAgainForBranch2 = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelPromise = new Deferred();

    function forwardReaderError(thisReader) {
      react(thisReader.closed.promise, undefined, (error) => {
        if (thisReader !== reader) return;
        ops.readableByteStreamControllerError(branch1.controller, error);
        ops.readableByteStreamControllerError(branch2.controller, error);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      });
    }

    function respondWithNewView(controller, view) {
      ops.readableByteStreamControllerRespondWithNewView(controller, view,
                                                         viewInfo(view));
    }

    function enqueue(controller, view) {
      ops.readableByteStreamControllerEnqueue(controller, viewInfo(view));
    }

    function pullWithDefaultReader() {
      if (reader.byob) {
        ops.readableStreamBYOBReaderRelease(reader);
        reader = ops.acquireReadableStreamDefaultReader(stream);
        forwardReaderError(reader);
      }
      const readRequest = {
        chunk(chunk) {
          queueMicrotaskJob(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const chunk1 = chunk;
            let chunk2 = chunk;
            if (!canceled1 && !canceled2) {
              try {
                chunk2 = cloneAsUint8Array(chunk);
              } catch (error) {
                ops.readableByteStreamControllerError(branch1.controller,
                                                      error);
                ops.readableByteStreamControllerError(branch2.controller,
                                                      error);
                cancelPromise.resolve(ops.readableStreamCancel(stream, error));
                return;
              }
            }
            if (!canceled1) enqueue(branch1.controller, chunk1);
            if (!canceled2) enqueue(branch2.controller, chunk2);
            reading = false;
            if (readAgainForBranch1) pull1Algorithm();
            else if (readAgainForBranch2) pull2Algorithm();
          });
        },
        close() {
          reading = false;
          if (!canceled1) {
            ops.readableByteStreamControllerClose(branch1.controller);
          }
          if (!canceled2) {
            ops.readableByteStreamControllerClose(branch2.controller);
          }
          if (ops.pendingPullIntoCount(branch1.controller) > 0) {
            ops.readableByteStreamControllerRespond(branch1.controller, 0);
          }
          if (ops.pendingPullIntoCount(branch2.controller) > 0) {
            ops.readableByteStreamControllerRespond(branch2.controller, 0);
          }
          if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
        },
        error() {
          reading = false;
        },
      };
      ops.readableStreamDefaultReaderRead(reader, readRequest);
    }

    function pullWithBYOBReader(view, forBranch2) {
      if (!reader.byob) {
        ops.readableStreamDefaultReaderRelease(reader);
        reader = ops.acquireReadableStreamBYOBReader(stream);
        forwardReaderError(reader);
      }
      const byobBranch = forBranch2 ? branch2 : branch1;
      const otherBranch = forBranch2 ? branch1 : branch2;
      const readIntoRequest = {
        chunk(chunk) {
          queueMicrotaskJob(() => {
            readAgainForBranch1 = false;
            readAgainForBranch2 = false;
            const byobCanceled = forBranch2 ? canceled2 : canceled1;
            const otherCanceled = forBranch2 ? canceled1 : canceled2;
            if (!otherCanceled) {
              let clonedChunk;
              try {
                clonedChunk = cloneAsUint8Array(chunk);
              } catch (error) {
                ops.readableByteStreamControllerError(byobBranch.controller,
                                                      error);
                ops.readableByteStreamControllerError(otherBranch.controller,
                                                      error);
                cancelPromise.resolve(ops.readableStreamCancel(stream, error));
                return;
              }
              if (!byobCanceled) {
                respondWithNewView(byobBranch.controller, chunk);
              }
              enqueue(otherBranch.controller, clonedChunk);
            } else if (!byobCanceled) {
              respondWithNewView(byobBranch.controller, chunk);
            }
            reading = false;
            if (readAgainForBranch1) pull1Algorithm();
            else if (readAgainForBranch2) pull2Algorithm();
          });
        },
        close(chunk) {
          reading = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!byobCanceled) {
            ops.readableByteStreamControllerClose(byobBranch.controller);
          }
          if (!otherCanceled) {
            ops.readableByteStreamControllerClose(otherBranch.controller);
          }
          if (chunk !== undefined) {
            if (!byobCanceled) {
              respondWithNewView(byobBranch.controller, chunk);
            }
            if (!otherCanceled &&
                ops.pendingPullIntoCount(otherBranch.controller) > 0) {
              ops.readableByteStreamControllerRespond(otherBranch.controller,
                                                      0);
            }
          }
          if (!byobCanceled || !otherCanceled) {
            cancelPromise.resolve(undefined);
          }
        },
        error() {
          reading = false;
        },
      };
      ops.readableStreamBYOBReaderRead(reader, view, viewInfo(view), 1,
                                       readIntoRequest);
    }

    function pull1Algorithm() {
      if (reading) {
        readAgainForBranch1 = true;
        return resolvedUndefined();
      }
      reading = true;
      const byobRequest =
        ops.readableByteStreamControllerGetBYOBRequest(branch1.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, false);
      return resolvedUndefined();
    }

    function pull2Algorithm() {
      if (reading) {
        readAgainForBranch2 = true;
        return resolvedUndefined();
      }
      reading = true;
      const byobRequest =
        ops.readableByteStreamControllerGetBYOBRequest(branch2.controller);
      if (byobRequest === null) pullWithDefaultReader();
      else pullWithBYOBReader(byobRequest.view, true);
      return resolvedUndefined();
    }

    function cancel1Algorithm(reason) {
      canceled1 = true;
      reason1 = reason;
      if (canceled2) {
        cancelPromise.resolve(
          ops.readableStreamCancel(stream, [reason1, reason2]));
      }
      return cancelPromise.promise;
    }

    function cancel2Algorithm(reason) {
      canceled2 = true;
      reason2 = reason;
      if (canceled1) {
        cancelPromise.resolve(
          ops.readableStreamCancel(stream, [reason1, reason2]));
      }
      return cancelPromise.promise;
    }

    const startAlgorithm = () => undefined;
    branch1 = ops.createReadableByteStream(startAlgorithm, pull1Algorithm,
                                           cancel1Algorithm);
    branch2 = ops.createReadableByteStream(startAlgorithm, pull2Algorithm,
                                           cancel2Algorithm);
    forwardReaderError(reader);
    return [branch1, branch2];
  }

  ops.readableStreamTee = readableStreamTee;
});
