// marked (ESM-only): GFM markdown to HTML, the lexer's tokens, a renderer
// extension, and options.
import { marked, Marked, Lexer, Parser } from 'marked';
const source = `# Title *emph*

Some **bold** text with \`code\` and a [link](https://example.com "T").

- item 1
- [x] done
- [ ] todo

1. one
2. two

> quote
> more

\`\`\`js
const a = 1 < 2;
\`\`\`

| a | b |
|:--|--:|
| 1 | 2 |

~~strike~~ https://auto.link/x <b>raw html</b>

Line one  
line two\\
three

---
![img](/p.png)
`;
console.log(marked.parse(source));
const tokens = Lexer.lex('# h\n\ntext *x*\n');
console.log(JSON.stringify(tokens.map((t) => [t.type, t.raw])));
console.log(Parser.parse(tokens));
const custom = new Marked({
  renderer: {
    heading({ tokens, depth }) {
      return `<h${depth} class="c">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
  },
});
console.log(custom.parse('## Hello _there_'));
console.log(marked.parseInline('**b** <x> & "q"'));
console.log(new Marked({ gfm: false }).parse('~~not strike~~ | a |'));
