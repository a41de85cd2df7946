async function load() {
  await null;
  throw new RangeError('rejected after await');
}
load();
