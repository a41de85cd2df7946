// A thenable that calls resolve synchronously, then reject and resolve again:
// only the first call counts. A getter on then is read exactly once.
let reads = 0;
const t = {
  get then() {
    reads++;
    return (resolve, reject) => {
      resolve('first');
      reject(new Error('ignored'));
      resolve('ignored too');
    };
  },
};
new Promise((resolve) => resolve(t)).then((v) => console.log('value', v, 'reads', reads));
console.log('reads after resolve()', reads);
// A promise whose executor resolves with itself rejects with TypeError.
let self;
self = new Promise((resolve) => setTimeout(() => resolve(self), 1));
self.catch((e) => console.log('self resolution:', e instanceof TypeError));
