// string-width 8 (ESM-only): display width of strings with East Asian
// wide characters, emoji ZWJ sequences (Intl.Segmenter), combining marks
// and ANSI escapes. Its source uses RegExp's `v` flag (ES2024).
import stringWidth from 'string-width';
for (const s of ['abc', '古池や', 'a\u001B[31mb\u001B[39m', '👩‍👩‍👧', 'é', 'e\u0301', '\u0300', '\t', 'ｈｅｌｌｏ', '🇩🇪', '⌚', '', '\u200b']) {
  console.log(JSON.stringify(s), stringWidth(s), stringWidth(s, { ambiguousIsNarrow: false, countAnsiEscapeCodes: true }));
}
