// A small CPU-bound iteration for `isohost load`: FNV-1a over a string.
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(8);

export default function hash() {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
