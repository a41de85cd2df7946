// Never yields.
console.log('spinning...');
for (;;) {}
