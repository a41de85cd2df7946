// An asynchronous iteration for `isohost load`: a little work on both sides
// of an await (a resolved promise, then a macrotask hop).
let counter = 0;

export default async function step() {
  const doubled = await Promise.resolve(counter++ * 2);
  await new Promise((resolve) => setImmediate(resolve));
  return JSON.parse(JSON.stringify({ doubled, at: counter })).doubled;
}
