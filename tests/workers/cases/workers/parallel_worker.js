// Primes below (index + 1) * 20000, by sieve.
const limit = (workerData + 1) * 20000;
const sieve = new Uint8Array(limit);
let count = 0;
let last = 0;
for (let n = 2; n < limit; n++) {
  if (sieve[n]) continue;
  count++;
  last = n;
  for (let m = n * n; m < limit; m += n) sieve[m] = 1;
}
postMessage({ index: workerData, limit, count, last });
