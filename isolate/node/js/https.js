// node:https: network access is not granted (see node:http and
// node:internal/denied).
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const EventEmitter = require('node:events');
  exports.Agent = denied.deniedClass('https', 'Agent', 'net', [], EventEmitter);
  exports.globalAgent = Object.assign(Object.create(exports.Agent.prototype), {
    defaultPort: 443, protocol: 'https:', options: { __proto__: null, path: null },
    requests: { __proto__: null }, sockets: { __proto__: null },
    freeSockets: { __proto__: null }, keepAliveMsecs: 1000, keepAlive: false,
    maxSockets: Infinity, maxFreeSockets: 256, scheduling: 'lifo',
    maxTotalSockets: Infinity, totalSocketCount: 0,
  });
  exports.Server = denied.deniedClass('https', 'Server', 'net', [], EventEmitter);
  exports.createServer = denied.deniedFunction('https', 'createServer', 'net');
  exports.get = denied.deniedFunction('https', 'get', 'net');
  exports.request = denied.deniedFunction('https', 'request', 'net');
  require('node:internal/denied').reorder(module.exports, [
    'Agent', 'globalAgent', 'Server', 'createServer', 'get', 'request',
  ]);
});
