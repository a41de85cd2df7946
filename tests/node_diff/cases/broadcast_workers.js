// BroadcastChannel between the main runtime and two workers (the Web
// Worker API; under Node through tests/workers/shim/web_worker_shim.js):
// every other channel of the name hears a post, in each sender's order;
// the sender and closed channels do not; workers hear each other.
if (typeof Worker === 'undefined') {
  require('../../workers/shim/web_worker_shim.js');
}
const main = new BroadcastChannel('bc');
const mainPeer = new BroadcastChannel('bc');
const replies = new BroadcastChannel('reply');
const heardByPeer = [];
const heardByMain = [];
mainPeer.onmessage = (event) => heardByPeer.push(event.data);
main.onmessage = (event) => heardByMain.push(event.data);

const workers = ['w1', 'w2'].map((name) =>
  new Worker('./broadcast/worker.js', { name }));
let ready = 0;
let heard = 0;
for (const worker of workers) {
  worker.onmessage = (event) => {
    if (event.data === 'ready' && ++ready === workers.length) {
      for (let n = 0; n < 100; n++) main.postMessage({ n });
    }
    if (event.data === 'heard' && ++heard === workers.length) {
      main.postMessage('stop');
    }
  };
}
const results = [];
replies.onmessage = (event) => {
  results.push(event.data);
  if (results.length < workers.length) return;
  results.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const result of results) console.log(JSON.stringify(result));
  const numbers = heardByPeer.filter((item) => item.n !== undefined);
  console.log('mainPeer heard main:', numbers.length,
              numbers.every((item, i) => item.n === i));
  console.log('main heard itself:',
              heardByMain.some((item) => item.n !== undefined));
  console.log('main heard:', heardByMain.map((item) => item.peer).sort().join());
  main.close();
  mainPeer.close();
  replies.close();
  try {
    main.postMessage('late');
  } catch (error) {
    console.log(error.name, error.message, error.code);
  }
};
