// The importer waits for a dependency's top-level await; a sibling without
// TLA evaluates while the other one is waiting.
import { ready } from './lib/tla_dep.mjs';
import { plain } from './lib/plain_dep.mjs';
console.log('main', ready, plain);
