// Idle worker ("memory", "scale"): posts 'ready', then keeps a message
// listener so it stays alive doing nothing until terminated.
onmessage = () => {};
postMessage('ready');
