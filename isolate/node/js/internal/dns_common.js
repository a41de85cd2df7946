// node:internal/dns_common: node:dns and node:dns/promises: every lookup
// is denied (--allow-net; getServers too: it reads the host's resolver
// configuration). The result-order default works; the error codes are
// Node's.
(function (exports, require, binding, internals, module) {
  'use strict';

  const denied = require('node:internal/denied');
  const { codes } = require('node:internal/errors');

  const lookups = ['lookup', 'lookupService', 'getDefaultResultOrder',
    'setDefaultResultOrder', 'setServers', 'getServers', 'resolve', 'resolve4',
    'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
    'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
    'resolveTxt', 'reverse'];
  const errorCodes = {"NODATA":"ENODATA","FORMERR":"EFORMERR","SERVFAIL":"ESERVFAIL","NOTFOUND":"ENOTFOUND","NOTIMP":"ENOTIMP","REFUSED":"EREFUSED","BADQUERY":"EBADQUERY","BADNAME":"EBADNAME","BADFAMILY":"EBADFAMILY","BADRESP":"EBADRESP","CONNREFUSED":"ECONNREFUSED","TIMEOUT":"ETIMEOUT","EOF":"EOF","FILE":"EFILE","NOMEM":"ENOMEM","DESTRUCTION":"EDESTRUCTION","BADSTR":"EBADSTR","BADFLAGS":"EBADFLAGS","NONAME":"ENONAME","BADHINTS":"EBADHINTS","NOTINITIALIZED":"ENOTINITIALIZED","LOADIPHLPAPI":"ELOADIPHLPAPI","ADDRGETNETWORKPARAMS":"EADDRGETNETWORKPARAMS","CANCELLED":"ECANCELLED"};
  let resultOrder = 'verbatim';

  // Fills a dns module object (async: for node:dns/promises).
  exports.fill = function fill(target, moduleName, async) {
    for (const name of lookups) {
      target[name] = denied.deniedFunction(moduleName, name, 'net', async);
    }
    target.getDefaultResultOrder = function getDefaultResultOrder() {
      return resultOrder;
    };
    target.setDefaultResultOrder = function setDefaultResultOrder(order) {
      if (!['verbatim', 'ipv4first', 'ipv6first'].includes(order)) {
        throw codes.ERR_INVALID_ARG_VALUE(
          'dnsOrder', order, "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
      }
      resultOrder = order;
    };
    target.Resolver = denied.deniedClass(moduleName, 'Resolver', 'net');
    if (!async) {
      target.ADDRCONFIG = 32;
      target.ALL = 16;
      target.V4MAPPED = 8;
    }
    Object.assign(target, errorCodes);
    return target;
  };
});
