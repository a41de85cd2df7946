// A rejected async function whose promise is dropped is unhandled: exit 1.
async function fails() {
  await null;
  console.log('about to throw in async fn');
  throw new Error('async failure');
}
fails();
setTimeout(() => console.log('timer (never)'), 5);
console.log('sync');
