// node:internal/net_address: net.isIP / isIPv4 / isIPv6 with Node's rules:
// dotted-quad IPv4 without leading zeros; IPv6 as eight 1-4 digit hex
// groups, or fewer around one '::' (standing for at least one group), the
// last two groups possibly an IPv4 address, and an optional zone
// ('%' + letters, digits, '-', '.', ':').
(function (exports, require, binding, internals, module) {
  'use strict';

  const v4Part = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/;
  const hexGroup = /^[0-9a-fA-F]{1,4}$/;
  const zone = /^[0-9a-zA-Z\-.:]+$/;

  function isIPv4(s) {
    const parts = `${s}`.split('.');
    return parts.length === 4 && parts.every((part) => v4Part.test(part));
  }

  // Groups between colons; an embedded IPv4 address counts as two.
  function countGroups(text, allowV4) {
    if (text === '') return 0;
    const groups = text.split(':');
    let count = 0;
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i];
      if (hexGroup.test(group)) {
        count++;
      } else if (allowV4 && i === groups.length - 1 && isIPv4(group)) {
        count += 2;
      } else {
        return -1;
      }
    }
    return count;
  }

  function isIPv6(s) {
    let text = `${s}`;
    const percent = text.indexOf('%');
    if (percent !== -1) {
      if (!zone.test(text.slice(percent + 1))) return false;
      text = text.slice(0, percent);
    }
    const gap = text.indexOf('::');
    if (gap === -1) return countGroups(text, true) === 8;
    if (text.indexOf('::', gap + 1) !== -1) return false;
    const head = text.slice(0, gap);
    const tail = text.slice(gap + 2);
    const before = countGroups(head, false);
    const after = countGroups(tail, true);
    return before >= 0 && after >= 0 && before + after <= 7;
  }

  function isIP(s) {
    if (isIPv4(s)) return 4;
    if (isIPv6(s)) return 6;
    return 0;
  }

  module.exports = { isIP, isIPv4, isIPv6 };
});
