// node:http: network access is not granted to isohost runtimes (see
// node:internal/denied): servers, requests and the classes throw
// ERR_ACCESS_DENIED (--allow-net). METHODS, STATUS_CODES, maxHeaderSize
// and validateHeaderName/validateHeaderValue are Node's; globalAgent is
// an http.Agent that was never constructed.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const common = require('node:internal/http_common');
  const EventEmitter = require('node:events');

  exports._connectionListener = denied.deniedFunction('http', '_connectionListener', 'net');
  exports.METHODS = common.METHODS;
  exports.STATUS_CODES = common.STATUS_CODES;
  for (const name of ['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage',
                      'Server', 'ServerResponse']) {
    exports[name] = denied.deniedClass('http', name, 'net', [], EventEmitter);
  }
  exports.createServer = denied.deniedFunction('http', 'createServer', 'net');
  exports.validateHeaderName = common.validateHeaderName;
  exports.validateHeaderValue = common.validateHeaderValue;
  exports.get = denied.deniedFunction('http', 'get', 'net');
  exports.request = denied.deniedFunction('http', 'request', 'net');
  exports.setMaxIdleHTTPParsers = denied.deniedFunction('http', 'setMaxIdleHTTPParsers', 'net');
  exports.maxHeaderSize = 16384;
  exports.globalAgent = Object.assign(Object.create(exports.Agent.prototype), {
    defaultPort: 80, protocol: 'http:', options: { __proto__: null, path: null },
    requests: { __proto__: null }, sockets: { __proto__: null },
    freeSockets: { __proto__: null }, keepAliveMsecs: 1000, keepAlive: false,
    maxSockets: Infinity, maxFreeSockets: 256, scheduling: 'lifo',
    maxTotalSockets: Infinity, totalSocketCount: 0,
  });
  require('node:internal/denied').reorder(module.exports, [
    '_connectionListener', 'METHODS', 'STATUS_CODES', 'Agent', 'ClientRequest',
    'IncomingMessage', 'OutgoingMessage', 'Server', 'ServerResponse',
    'createServer', 'validateHeaderName', 'validateHeaderValue', 'get',
    'request', 'setMaxIdleHTTPParsers', 'maxHeaderSize', 'globalAgent',
  ]);
});
