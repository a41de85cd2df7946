// node:diagnostics_channel and node:punycode basics, vs Node.
const dc = require('diagnostics_channel');
console.log(Object.keys(dc).sort().join(','));
const ch = dc.channel('x'); console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('x'), typeof ch.publish);
const f = (m, n) => console.log('got', m, n); ch.subscribe(f); console.log(ch.hasSubscribers); ch.publish({a:1}); console.log(ch.unsubscribe(f), ch.unsubscribe(f));
dc.subscribe('y', f); dc.channel('y').publish(2); console.log(dc.unsubscribe('y', f));
console.log(dc.channel('x') === ch, ch instanceof dc.Channel);
const tc = dc.tracingChannel('t'); console.log(Object.keys(tc).join(','), typeof tc.traceSync);
console.log(tc.traceSync((a) => a * 2, {}, null, 21));
const p = require('punycode'); console.log(p.version, p.encode('mañana'), p.decode('maana-pta'), p.toASCII('mañana.com'), p.toUnicode('xn--maana-pta.com'), p.ucs2.decode('𝌆a'), p.ucs2.encode([0x1d306, 97]), p.toASCII('☃-⌘.com'), p.encode('ü'), p.toUnicode('xn--ls8h.la'));
