// node:tls: network access is not granted (see node:internal/denied);
// the pure helpers (getCiphers, checkServerIdentity, ...) and
// SecureContext are not implemented; the DEFAULT_* values are Node's.
// rootCertificates is absent.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  exports.CLIENT_RENEG_LIMIT = 3;
  exports.CLIENT_RENEG_WINDOW = 600;
  exports.DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
    'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
    'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:' +
    'HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
  exports.DEFAULT_ECDH_CURVE = 'auto';
  exports.DEFAULT_MIN_VERSION = 'TLSv1.2';
  exports.DEFAULT_MAX_VERSION = 'TLSv1.3';
  denied.define(exports, 'tls', {
    functions: {
      none: ['getCiphers', 'convertALPNProtocols', 'checkServerIdentity',
             'createSecureContext'],
      net: ['createServer', 'connect', 'createSecurePair'],
    },
  });
  const EventEmitter = require('node:events');
  exports.SecureContext = denied.deniedClass('tls', 'SecureContext', 'none');
  exports.TLSSocket = denied.deniedClass('tls', 'TLSSocket', 'net', [], EventEmitter);
  exports.Server = denied.deniedClass('tls', 'Server', 'net', [], EventEmitter);
  require('node:internal/denied').reorder(module.exports, [
    'CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW', 'DEFAULT_CIPHERS',
    'DEFAULT_ECDH_CURVE', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION',
    'getCiphers', 'rootCertificates', 'convertALPNProtocols',
    'checkServerIdentity', 'createSecureContext', 'SecureContext', 'TLSSocket',
    'Server', 'createServer', 'connect', 'createSecurePair',
  ]);
});
