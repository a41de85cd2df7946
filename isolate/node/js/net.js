// node:net: network access is not granted to isohost runtimes (see
// node:internal/denied): connecting, listening and the socket classes
// throw ERR_ACCESS_DENIED (--allow-net). isIP/isIPv4/isIPv6 and the
// auto-select-family defaults work; BlockList and SocketAddress are not
// implemented.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const { validateBoolean, validateInteger } = require('node:internal/errors');
  const { isIP, isIPv4, isIPv6 } = require('node:internal/net_address');
  const EventEmitter = require('node:events');

  denied.define(exports, 'net', {
    functions: {
      net: ['_createServerHandle', '_normalizeArgs', '_setSimultaneousAccepts',
            'connect', 'createConnection', 'createServer'],
    },
  });
  exports.isIP = isIP;
  exports.isIPv4 = isIPv4;
  exports.isIPv6 = isIPv6;

  let autoSelectFamily = true;
  let attemptTimeout = 250;
  exports.getDefaultAutoSelectFamily = function getDefaultAutoSelectFamily() {
    return autoSelectFamily;
  };
  exports.setDefaultAutoSelectFamily = function setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamily = value;
  };
  exports.getDefaultAutoSelectFamilyAttemptTimeout =
    function getDefaultAutoSelectFamilyAttemptTimeout() { return attemptTimeout; };
  exports.setDefaultAutoSelectFamilyAttemptTimeout =
    function setDefaultAutoSelectFamilyAttemptTimeout(value) {
      validateInteger(value, 'value', 1, 2 ** 31 - 1);
      attemptTimeout = value < 10 ? 10 : value;
    };
  exports.BlockList = denied.deniedClass('net', 'BlockList', 'none');
  exports.SocketAddress = denied.deniedClass('net', 'SocketAddress', 'none');
  exports.Server = denied.deniedClass('net', 'Server', 'net', [], EventEmitter);
  exports.Socket = denied.deniedClass('net', 'Socket', 'net', [], EventEmitter);
  exports.Stream = exports.Socket;
  require('node:internal/denied').reorder(module.exports, [
    '_createServerHandle', '_normalizeArgs', '_setSimultaneousAccepts',
    'BlockList', 'SocketAddress', 'connect', 'createConnection',
    'createServer', 'isIP', 'isIPv4', 'isIPv6', 'Server', 'Socket', 'Stream',
    'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
    'getDefaultAutoSelectFamilyAttemptTimeout',
    'setDefaultAutoSelectFamilyAttemptTimeout',
  ]);
});
