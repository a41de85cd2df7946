// ES2023/ES2024 methods Node 20 has and V8 10.2 lacks (isolate/js/language.js).
const show = (x) => console.log(JSON.stringify(x));
for (const [o, n] of [[String.prototype, 'isWellFormed'], [String.prototype, 'toWellFormed'], [Array.prototype, 'toSorted'], [Array.prototype, 'toReversed'], [Array.prototype, 'toSpliced'], [Array.prototype, 'with'], [Object.getPrototypeOf(Uint8Array.prototype), 'toSorted'], [Object.getPrototypeOf(Uint8Array.prototype), 'toReversed'], [Object.getPrototypeOf(Uint8Array.prototype), 'with']]) {
  const d = Object.getOwnPropertyDescriptor(o, n);
  console.log(n, typeof d.value, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}
console.log(Object.keys(Array.prototype[Symbol.unscopables]).join());
show(['a\uD800', '\uDC00b', 'ok\uD83D\uDE00'].map((s) => [s.isWellFormed(), s.toWellFormed()]));
show([3, 1, 2].toSorted()); show([3, 1, 2].toSorted((a, b) => b - a)); show([1, , 3].toReversed()); show([1, 2, 3, 4].toSpliced(1, 2, 'x')); show([1, 2, 3].toSpliced()); show([1,2,3].toSpliced(-1)); show([1, 2, 3].with(-1, 9));
try { [1].with(5, 0); } catch (e) { console.log(e.name, e.message); }
try { [1].toSorted(1); } catch (e) { console.log(e.name, e.message); }
show(Array.from(new Uint8Array([3, 1, 2]).toSorted())); show(Array.from(new Int8Array([1,2,3]).with(0, 200))); console.log(new Uint8Array([1,2]).toReversed() instanceof Uint8Array);
try { new Uint8Array(2).with(3, 1); } catch (e) { console.log(e.name, e.message); }
show(Array.prototype.toSorted.call({ length: 2, 0: 'b', 1: 'a' }));
try { String.prototype.toWellFormed.call(null) } catch (e) { console.log(e.name, e.message); }
