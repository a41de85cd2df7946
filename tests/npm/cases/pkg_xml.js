// XML: fast-xml-parser 5 through require (lib/fxp.cjs), xml2js (builds
// on sax and xmlbuilder; uses require('events') and setImmediate from
// require('timers')), sax's streaming parser (require('stream'),
// require('string_decoder')).
'use strict';
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');
const xml2js = require('xml2js');
const sax = require('sax');
const xml = `<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns:x="urn:x">
  <!-- a comment -->
  <book id="bk101" available="true"><author>Gambardella, Matthew</author><title>XML &amp; You</title><price>44.95</price><x:tag>n</x:tag></book>
  <book id="bk102"><author>Ralls, Kim</author><title><![CDATA[<Midnight> Rain]]></title><price>5.95</price><empty/></book>
</catalog>`;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: true, cdataPropName: '#cdata', commentPropName: '#comment' });
const obj = parser.parse(xml);
console.log(JSON.stringify(obj));
console.log(JSON.stringify(new XMLParser({ isArray: (name) => name === 'book', removeNSPrefix: true }).parse(xml)));
console.log(new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' }).build({ root: { '@_a': 1, item: [{ '#text': 'x<' }, { '#text': 'y' }], n: 5 } }));
console.log(XMLValidator.validate(xml), JSON.stringify(XMLValidator.validate('<a><b></a>')));
xml2js.parseString(xml, { explicitArray: false, mergeAttrs: true }, (err, result) => {
  console.log('xml2js', err, JSON.stringify(result));
  const builder = new xml2js.Builder({ renderOpts: { pretty: true, indent: '  ', newline: '\n' }, xmldec: { version: '1.0' } });
  console.log(builder.buildObject({ root: { $: { id: 1 }, child: ['a', { _: 'b', $: { k: 'v' } }] } }));
  xml2js.parseStringPromise('<a><b>1</b><b>2</b></a>').then((r) => {
    console.log('promise', JSON.stringify(r));
    return xml2js.parseStringPromise('<unclosed>');
  }).catch((e) => console.log('xml2js error', e.message.split('\n').join(' | ')));
});
const events = [];
const strict = sax.parser(true, { trim: true, normalize: true, xmlns: false });
strict.onopentag = (n) => events.push(`<${n.name} ${JSON.stringify(n.attributes)}`);
strict.onclosetag = (n) => events.push(`</${n}`);
strict.ontext = (t) => events.push(`t:${t}`);
strict.oncdata = (t) => events.push(`cdata:${t}`);
strict.oncomment = (t) => events.push(`c:${t}`);
strict.onprocessinginstruction = (p) => events.push(`pi:${p.name}`);
strict.onerror = (e) => { events.push(`error:${e.message.split('\n')[0]}`); strict.resume(); };
strict.write(xml).close();
strict.write('<a><b></a>').close();
console.log(events.join(' '));
const stream = sax.createStream(false, { lowercase: true });
const tags = [];
stream.on('opentag', (n) => tags.push(n.name));
stream.on('end', () => console.log('sax stream', tags.join(',')));
stream.write(Buffer.from('<R><Ü>é'));
stream.write(Buffer.from([0xe2, 0x82]));
stream.end(Buffer.from([0xac, 0x3c, 0x2f, 0x52, 0x3e]));
