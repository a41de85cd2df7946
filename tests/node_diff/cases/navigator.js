// navigator exists in Node 21+; Node 20 has none: typeof checks both ways.
console.log(typeof globalThis.navigator === 'undefined' ? 'none' : 'object');
