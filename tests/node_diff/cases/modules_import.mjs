// ES module resolution and interop (fixture package in modules/).
await import('./modules/app/import_main.mjs');
