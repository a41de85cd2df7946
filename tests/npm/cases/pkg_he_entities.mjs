// HTML entities: he (CommonJS/UMD, imported as default) and entities
// (ESM; htmlparser2's dependency, imported directly).
import he from 'he';
import { decode, encode, decodeHTML, encodeHTML, encodeXML, escapeUTF8, DecodingMode } from 'entities';
const samples = ['foo © bar ≠ baz 𝌆 qux', '<img src="x" alt=\'y\'>&', '&amp;&lt;&gt;&quot;&#39;&#x1D306;&copy&notit;&nbsp;&bogus;', 'tab\there'];
for (const s of samples) {
  console.log(he.encode(s), '|', he.encode(s, { useNamedReferences: true }), '|', he.escape(s));
  console.log(he.decode(s), '|', he.decode(s, { isAttributeValue: true }));
  console.log(encode(s), '|', encodeHTML(s), '|', encodeXML(s), '|', escapeUTF8(s));
  console.log(decode(s), '|', decodeHTML(s), '|', decode(s, { mode: DecodingMode.Strict }));
}
console.log(he.version, he.encode('\u0000\uD800x', { allowUnsafeSymbols: true }), he.encode('a€', { decimal: true }));
try { he.decode('&#0;', { strict: true }); } catch (e) { console.log(e.message); }
