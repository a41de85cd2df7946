// JSON modules with import attributes (`with { type: 'json' }`, the
// syntax Node 20.10+ and current packages use): static and dynamic, from
// a package (mime-db's db.json) and a relative file; an import without
// the attribute fails.
import db from 'mime-db/db.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
console.log(Object.keys(db).length, JSON.stringify(db['text/css']), pkg.name);
const dynamic = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(Object.keys(dynamic).join(','), JSON.stringify(dynamic.default));
try { await import('../node_modules/statuses/codes.json'); } catch (e) { console.log('without attribute:', e.code, e.name); }
try { await import('./fixtures/bad.json', { with: { type: 'json' } }); } catch (e) { console.log('bad json:', e.name); }
