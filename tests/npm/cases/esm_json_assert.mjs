// JSON modules with the older import assertions (`assert { type:
// 'json' }`), which Node 20 still accepts (with a warning on stderr).
import codes from 'statuses/codes.json' assert { type: 'json' };
console.log(Object.keys(codes).length, codes['404']);
const dynamic = await import('./fixtures/data.json', { assert: { type: 'json' } });
console.log(JSON.stringify(dynamic.default.a));
