// immer (dual; "import" condition: dist/immer.mjs): produce with Proxies,
// structural sharing, freezing, patches and inverse patches, Map/Set.
import { produce, produceWithPatches, applyPatches, enablePatches, enableMapSet, isDraft, current, original, nothing, freeze } from 'immer';
enablePatches();
enableMapSet();
const base = { todos: [{ id: 1, done: false, text: 'a' }, { id: 2, done: true, text: 'b' }], meta: { n: 2 } };
const next = produce(base, (draft) => {
  draft.todos[0].done = true;
  draft.todos.push({ id: 3, done: false, text: 'c' });
  console.log('in recipe', isDraft(draft), JSON.stringify(current(draft.todos[0])), original(draft.todos[0]).done);
});
console.log(JSON.stringify(next), next.meta === base.meta, next.todos[1] === base.todos[1], Object.isFrozen(next), Object.isFrozen(base));
const [state, patches, inverse] = produceWithPatches({ a: [1, 2, 3], b: { c: 1 } }, (d) => {
  d.a.splice(1, 1);
  d.b.c += 1;
  delete d.b.x;
  d.n = 'new';
});
console.log(JSON.stringify(state), JSON.stringify(patches), JSON.stringify(inverse));
console.log(JSON.stringify(applyPatches(state, inverse)));
const m = produce(new Map([['k', { v: 1 }]]), (d) => { d.get('k').v = 2; d.set('j', { v: 3 }); });
const s = produce(new Set([1, 2]), (d) => { d.delete(1); d.add(5); });
console.log(JSON.stringify([...m]), JSON.stringify([...s]));
console.log(produce({ x: 1 }, () => nothing), produce(5, (d) => d * 2), produce([1], (d) => { d.length = 0; }).length);
const curried = produce((draft, by) => { draft.count += by; });
console.log(JSON.stringify(curried({ count: 1 }, 41)), Object.isFrozen(freeze({ q: {} }, true).q));
try {
  produce({ a: 1 }, (d) => { d.a = 2; return { b: 1 }; });
} catch (error) {
  console.log(error.message.split('.')[0]);
}
