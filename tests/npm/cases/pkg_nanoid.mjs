// nanoid (ESM-only; imports node:crypto): ids from a seeded generator
// through customRandom, alphabets, and lengths of the random ones.
import { nanoid, customAlphabet, customRandom, urlAlphabet, random } from 'nanoid';
import { nanoid as insecure, customAlphabet as insecureAlphabet } from 'nanoid/non-secure';
let seed = 12345;
const seeded = (size) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  return bytes;
};
console.log(urlAlphabet, urlAlphabet.length);
const fromSeed = customRandom(urlAlphabet, 21, seeded);
console.log(fromSeed(), fromSeed(), fromSeed(5));
const hex = customRandom('0123456789abcdef', 12, seeded);
console.log(hex(), hex());
const odd = customRandom('abcdefghij', 10, seeded);  // 10 symbols: masked bytes get rejected
console.log(odd(), odd(3));
console.log(nanoid().length, nanoid(8).length, /^[\w-]+$/.test(nanoid()), random(7).length, random(7) instanceof Uint8Array);
console.log(customAlphabet('xyz', 6)().replace(/[xyz]/g, '').length, insecure().length, insecureAlphabet('01', 4)().length);
