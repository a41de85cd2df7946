// node:stream/promises: pipeline() and finished() returning promises.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { pipelineImpl } = require('node:internal/stream_pipeline');
  const { finished } = require('node:internal/stream_end_of_stream');
  const { isIterable, isNodeStream, isWebStream } = require('node:internal/stream_utils');

  // pipeline(...streams[, { signal, end }]): resolves with the
  // destination function's value.
  function pipeline(...streams) {
    return new Promise((resolve, reject) => {
      let signal;
      let end;
      const lastArg = streams[streams.length - 1];
      if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) &&
          !isIterable(lastArg) && !isWebStream(lastArg)) {
        const options = streams.pop();
        signal = options.signal;
        end = options.end;
      }
      pipelineImpl(streams, (err, value) => {
        if (err) reject(err);
        else resolve(value);
      }, { signal, end });
    });
  }

  module.exports = { finished, pipeline };
});
