// node:dns: name resolution is network access, not granted to isohost
// runtimes (see node:internal/dns_common).
(function (exports, require, binding, internals, module) {
  'use strict';

  require('node:internal/dns_common').fill(exports, 'dns', false);
  Object.defineProperty(exports, 'promises', {
    enumerable: true,
    configurable: true,
    get() { return require('node:dns/promises'); },
  });
  require('node:internal/denied').reorder(module.exports, [
    'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder',
    'setDefaultResultOrder', 'setServers', 'ADDRCONFIG', 'ALL', 'V4MAPPED',
    'NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED',
    'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT',
    'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME',
    'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS',
    'CANCELLED', 'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny',
    'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs',
    'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
    'promises',
  ]);
});
