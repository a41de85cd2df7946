// "startup" worker: posts one message at top level (then idles until terminated).
postMessage(0);
onmessage = () => {};
