// HTTP header helpers from ESM: cookie (TypeScript-compiled CommonJS,
// named exports through __esModule detection), content-type, and
// path-to-regexp 8 (route matching/compilation).
import { parse, serialize, parseSetCookie, stringifySetCookie } from 'cookie';
import contentType from 'content-type';
import { match, compile, pathToRegexp, parse as parsePath } from 'path-to-regexp';
console.log(JSON.stringify(parse('a=1; b=two%20words; c="quoted"; d=; =e; f=%E0%A4%A; a=dup')));
console.log(serialize('sid', 'a b;c', { httpOnly: true, secure: true, sameSite: 'lax', path: '/', domain: 'ex.com', maxAge: 3600, expires: new Date(0), partitioned: true, priority: 'high' }));
console.log(JSON.stringify(parseSetCookie('id=5; Path=/; HttpOnly; Max-Age=10; SameSite=Strict')), stringifySetCookie({ name: 'x', value: 'y', secure: true }));
try { serialize('bad name', 'v'); } catch (e) { console.log(e.name, e.message); }
for (const h of ['text/html; charset=UTF-8', 'application/json;charset="utf-8";q=0.9', 'multipart/form-data; boundary=----x', 'TEXT/Plain']) {
  console.log(JSON.stringify(contentType.parse(h)));
}
console.log(contentType.format({ type: 'image/svg+xml', parameters: { charset: 'utf-8', x: 'a b' } }), typeof contentType.parse);
try { contentType.parse('bad'); } catch (e) { console.log(e.name, e.message); }
const routes = ['/users/:id', '/files/*path', '/a{/:b}/c', '/:x-:y', '/static/(literal)', '/"quoted"/:q'];
for (const r of routes) {
  try {
    const m = match(r, { decode: decodeURIComponent });
    console.log(r, pathToRegexp(r).regexp.source, JSON.stringify(m('/users/42')), JSON.stringify(m('/files/a/b%20c.txt')), JSON.stringify(m('/a/c')), JSON.stringify(m('/1-2')));
  } catch (e) {
    console.log(r, e.name, e.message.split(';')[0]);
  }
}
console.log(compile('/users/:id/:tab')({ id: '4 2', tab: 'x' }), compile('/f/*rest')({ rest: ['a', 'b'] }), JSON.stringify(parsePath('/a/:b{/:c}').tokens));
