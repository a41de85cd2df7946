// console.log of URL, URLSearchParams and their iterators:
// alone, nested (the depth limit), in arrays, long enough to break lines,
// subclassed; and the shape of the classes (own keys, descriptors, names,
// lengths, toStringTag) and the errors of foreign receivers.
'use strict';

const u = new URL('https://user:pa%20ss@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log([u]);
console.log({ a: u });
console.log({ a: { b: u } });
console.log({ a: { b: { c: u } } });
console.log(new URL('file:///C:/x'));
console.log(new URL('sc:opaque'));
console.log(new URL('http://h/?' + 'x'.repeat(100)));
console.log(`${u}`, String(u), JSON.stringify({ u }));
console.log(Object.prototype.toString.call(u), typeof u, u instanceof URL);
u.extra = 1;
console.log(u, Object.keys(u));

class MyURL extends URL {}
const m = new MyURL('http://sub/class');
console.log(m, m instanceof URL, m.href);

const sp = new URLSearchParams('a=1&b=two&c=' + 'x'.repeat(70));
console.log(sp);
console.log(new URLSearchParams('a=1&b=2'));
console.log(new URLSearchParams());
console.log(new URLSearchParams([['quote\'s', 'new\nline'], ['\u00e9', '\ud83d\ude00']]));
console.log({ sp }, [sp], { a: { b: { c: sp } } }, { a: { b: sp } });
const many = new URLSearchParams();
for (let i = 0; i < 30; i++) many.append('k' + i, 'v' + i);
console.log(many);
console.log({ many });

const it = sp.keys();
console.log(it, sp.values(), sp.entries(), sp[Symbol.iterator]());
it.next();
console.log(it);
it.next(); it.next();
console.log(it);
console.log(many.entries());
console.log({ x: { y: { z: sp.keys() } } });
console.log([new URLSearchParams('a=1').keys()]);

class MyParams extends URLSearchParams {}
console.log(new MyParams('m=1'));

// The shape of the classes.
function shape(label, object) {
  const parts = Reflect.ownKeys(object).map((key) => {
    const d = Object.getOwnPropertyDescriptor(object, key);
    const kind = 'value' in d ? typeof d.value : `${typeof d.get}/${typeof d.set}`;
    return `${String(key)}:${kind}:${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}` +
      `${d.writable ? 'w' : '-'}`;
  });
  console.log(label, parts.join(' '));
}
shape('URL', URL);
shape('URL.prototype', URL.prototype);
shape('URLSearchParams', URLSearchParams);
shape('URLSearchParams.prototype', URLSearchParams.prototype);
shape('iterator prototype', Object.getPrototypeOf(sp.keys()));
console.log(URL.name, URL.length, URL.parse.length, URL.canParse.length,
  URLSearchParams.name, URLSearchParams.length);
for (const key of ['href', 'origin', 'protocol', 'searchParams', 'hash']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, key);
  console.log(key, d.get.name, d.set && d.set.name);
}
console.log(URL.prototype.toString.name, URL.prototype.toJSON.name,
  URLSearchParams.prototype.entries.name, Object.getPrototypeOf(sp.keys()).next.name);

// Foreign receivers.
const descriptors = Object.getOwnPropertyDescriptors(URL.prototype);
for (const key of Object.keys(descriptors)) {
  for (const kind of ['get', 'set', 'value']) {
    const f = descriptors[key][kind];
    if (typeof f !== 'function') continue;
    try {
      if (kind === 'set') f.call({}, 'x'); else f.call({});
      console.log(key, kind, 'no error');
    } catch (e) {
      console.log(key, kind, e.name, e.code, e.message);
    }
  }
}
try { URL(); } catch (e) { console.log(e.name, e.message); }
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.canParse(); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.parse(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new URL(Symbol('s')); } catch (e) { console.log(e.name); }
try { new URL('x'); } catch (e) {
  console.log(e.name, e.code, e.message, Object.keys(e), e instanceof TypeError, 'base' in e);
}
try { new URL('x', 'y'); } catch (e) {
  console.log(e.name, e.code, e.message, Object.keys(e), e.input, e.base);
}
try { new URL('x', undefined); } catch (e) { console.log(Object.keys(e)); }
try { new URL('x', null); } catch (e) { console.log(Object.keys(e), e.base); }
try { URL.createObjectURL({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.revokeObjectURL(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(URL.revokeObjectURL('blob:nodedata:nothing'), URL.revokeObjectURL('http://x'));
