// mustache through import ("import" condition: mustache.mjs): sections,
// inverted sections, partials, lambdas, custom tags, escaping, parse().
import Mustache from 'mustache';
const view = {
  title: 'Joe <b>', calc: () => 2 + 4, items: [{ n: 'a' }, { n: 'b' }], empty: [], nested: { deep: { v: 'd' } },
  bold: () => (text, render) => `<b>${render(text)}</b>`, yes: true,
};
console.log(Mustache.render(`{{title}} {{{title}}} {{&title}} spends {{calc}}
{{#items}}[{{n}}]{{/items}}{{^empty}}none{{/empty}} {{nested.deep.v}} {{#nested}}{{deep.v}}{{/nested}}
{{#bold}}Hi {{title}}.{{/bold}} {{! comment }}{{#yes}}yes{{/yes}} {{> part}} {{missing}}|`, view, { part: 'partial {{calc}}' }));
console.log(Mustache.render('{{=<% %>=}}<% title %> {{title}}', view));
console.log(Mustache.render('[[ x ]]', { x: 1 }, {}, ['[[', ']]']));
console.log(JSON.stringify(Mustache.parse('a {{b}} {{#c}}d{{/c}}')));
console.log(Mustache.escape('<>&"\'/`='), Mustache.name, Mustache.version);
try { Mustache.render('{{#a}}', {}); } catch (error) { console.log(error.message); }
