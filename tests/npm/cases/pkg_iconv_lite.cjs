// iconv-lite (CommonJS; pure-JS codecs on Buffer, its UTF-8/base64 codecs
// through require('string_decoder'), stream API through require('stream')).
'use strict';
const iconv = require('iconv-lite');
const text = 'Привет, мир! Grüße € ¥ 你好 😀';
for (const enc of ['utf8', 'utf16le', 'utf16be', 'utf16', 'utf32le', 'win1251', 'koi8-r', 'latin1', 'cp1252', 'iso-8859-2', 'shift_jis', 'gbk', 'big5', 'euc-kr', 'cp437', 'base64', 'ucs2', 'utf7']) {
  const encoded = iconv.encode(text, enc);
  console.log(enc, iconv.encodingExists(enc), encoded.length, encoded.subarray(0, 16).toString('hex'), JSON.stringify(iconv.decode(encoded, enc)));
}
console.log(iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf8'), iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf8', { stripBOM: false }).length);
console.log(iconv.encode('A', 'utf16', { addBOM: true }).toString('hex'), iconv.encodingExists('no-such'), typeof iconv.supportsStreams);
const decoder = iconv.getDecoder('win1251');
console.log(decoder.write(Buffer.from([0xcf, 0xf0])) + decoder.write(Buffer.from([0xe8])) + (decoder.end() || ''));
const utf8 = iconv.getDecoder('utf8');
const euro = Buffer.from('€', 'utf8');
console.log(JSON.stringify([utf8.write(euro.subarray(0, 1)), utf8.write(euro.subarray(1)), utf8.end() || '']));
try { iconv.encode('x', 'no-such'); } catch (e) { console.log(e.message); }
