// htmlparser2 12 (ESM-only) with domhandler/domutils/dom-serializer: a
// streaming parse with callbacks, DOM building, queries, serialisation,
// XML mode, and the feed parser (RSS/Atom).
import { Parser, parseDocument, DomUtils, parseFeed } from 'htmlparser2';
import render from 'dom-serializer';
const events = [];
const parser = new Parser({
  onopentag: (name, attrs) => events.push(`open ${name} ${JSON.stringify(attrs)}`),
  ontext: (text) => events.push(`text ${JSON.stringify(text)}`),
  onclosetag: (name, implied) => events.push(`close ${name}${implied ? ' (implied)' : ''}`),
  oncomment: (c) => events.push(`comment ${JSON.stringify(c)}`),
  onprocessinginstruction: (n, d) => events.push(`pi ${n} ${d}`),
}, { decodeEntities: true });
for (const chunk of ['<!DOCTYPE html><p cla', 'ss="a b" data-x=\'1\'>Hi &amp; bye<br>', '<!-- c --><ul><li>one<li>two</ul></p>', '<script>if (a<b) x="</p>"</script>']) parser.write(chunk);
parser.end();
console.log(events.join('\n'));
const doc = parseDocument('<html><body><div id="m"><a href="/x" class="l">X</a><a href="/y">Y &lt;</a><p>text <b>bold</b></p></div><img src=i.png></body></html>');
const links = DomUtils.getElementsByTagName('a', doc);
console.log(links.map((a) => `${DomUtils.getAttributeValue(a, 'href')}=${DomUtils.textContent(a)}`).join(' '));
console.log(DomUtils.getElementById('m', doc).children.length, DomUtils.findAll((e) => e.attribs.class === 'l', doc.children).length, DomUtils.innerText(doc));
console.log(render(doc), '|', render(doc, { xmlMode: true }), '|', render(links[1], { decodeEntities: false }));
const xml = parseDocument('<?xml version="1.0"?><root><Item Key="v"/><![CDATA[<raw>]]></root>', { xmlMode: true });
console.log(render(xml, { xmlMode: true }), DomUtils.getElementsByTagName('Item', xml)[0].attribs.Key);
const feed = parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://e.x/</link>
<item><title>A</title><link>https://e.x/a</link><pubDate>Tue, 02 Jan 2024 03:04:05 GMT</pubDate><description>d</description></item></channel></rss>`);
console.log(feed.type, feed.title, feed.link, feed.items.length, feed.items[0].title, feed.items[0].pubDate.toISOString());
