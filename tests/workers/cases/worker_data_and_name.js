// workerData is a structured clone of the option (not the same object),
// self.name is the `name` option, self === globalThis in the worker.
const data = { id: 7, tags: ['a', 'b'], when: new Date(0), map: new Map([['k', 1]]) };
const w = new Worker('workers/worker_data_and_name_worker.js', { name: 'alpha', workerData: data });
w.onmessage = (e) => {
  const d = e.data;
  console.log('name:', JSON.stringify(d.name));
  console.log('self === globalThis:', d.selfIsGlobal);
  console.log('workerData:', JSON.stringify(d.workerData));
  console.log('date ok:', d.dateOk, 'map ok:', d.mapOk);
};
w.addEventListener('exit', (e) => {
  console.log('exit', e.code);
  const w2 = new Worker('workers/worker_data_and_name_worker.js');
  w2.onmessage = (e2) => {
    console.log('default name:', JSON.stringify(e2.data.name));
    console.log('default workerData:', e2.data.workerDataType);
  };
  w2.addEventListener('exit', (e2) => console.log('exit', e2.code));
});
data.id = 8; // mutating after the constructor must not matter
