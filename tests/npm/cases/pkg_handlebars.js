// handlebars (CommonJS; compiles templates to JavaScript): helpers,
// partials, block helpers, escaping, @data, precompile + template(),
// the runtime-only build, and compile errors.
'use strict';
const Handlebars = require('handlebars');
const runtime = require('handlebars/runtime');
console.log(Handlebars.VERSION, typeof Handlebars.compile, typeof runtime.template, typeof runtime.compile);
const hb = Handlebars.create();
hb.registerHelper('upper', (s) => String(s).toUpperCase());
hb.registerHelper('eq', (a, b) => a === b);
hb.registerHelper('list', function (items, options) {
  return `<ul>${items.map((item) => `<li>${options.fn(item)}</li>`).join('')}</ul>`;
});
hb.registerHelper('link', (text, url) => new hb.SafeString(`<a href="${hb.escapeExpression(url)}">${hb.escapeExpression(text)}</a>`));
hb.registerPartial('person', '{{name}} ({{age}})');
hb.registerPartial('wrap', '[{{> @partial-block }}]');
const template = hb.compile(`Hi {{upper name}}! {{{raw}}} {{escaped}}
{{#each items}}{{@index}}:{{this}}{{#if @last}}.{{else}}, {{/if}}{{/each}}
{{#with person}}{{> person}}{{/with}} {{#> wrap}}inside{{/wrap}}
{{#list people}}{{name}}{{/list}} {{link "x<y" "/a?b=1&c=2"}}
{{#if (eq kind "a")}}is a{{else if (eq kind "b")}}is b{{else}}other{{/if}}
{{#each obj}}{{@key}}={{this}};{{/each}} {{lookup obj "k2"}} {{obj.k1}} {{../missing}}
{{#unless flag}}no flag{{/unless}} {{!-- comment --}}{{log "hidden"}}\\{{not}}`);
console.log(template({
  name: 'ann', raw: '<b>bold</b>', escaped: '<b>&"\'`=</b>', items: ['a', 'b', 'c'],
  person: { name: 'Bob', age: 5 }, people: [{ name: 'x' }, { name: 'y' }], kind: 'b',
  obj: { k1: 1, k2: 2 }, flag: false,
}));
const spec = Handlebars.precompile('{{#each list}}<{{this}}>{{/each}}', { knownHelpersOnly: false });
console.log(typeof spec, spec.length > 100);
// eslint-disable-next-line no-new-func
const pre = runtime.template(new Function(`return ${spec}`)());
console.log(pre({ list: [1, '<2>'] }));
const strict = hb.compile('{{a.b}}', { strict: true });
try {
  strict({ a: {} });
} catch (error) {
  console.log(error.name, error.message.split('\n')[0]);
}
for (const bad of ['{{#if}}x', '{{#each a}}x{{/if}}', '{{> nope}}']) {
  try {
    hb.compile(bad)({});
  } catch (error) {
    console.log(error.name, error.message.split('\n')[0], error.lineNumber);
  }
}
console.log(hb.compile('{{#each this}}{{.}}{{/each}}', { noEscape: true })(['<', '>']));
const ast = Handlebars.parse('{{foo bar=1}} text');
console.log(JSON.stringify(ast.body.map((n) => n.type)), Handlebars.Utils.escapeExpression('<&>'));
