postMessage({
  name: self.name,
  selfIsGlobal: self === globalThis,
  workerData: workerData && { id: workerData.id, tags: workerData.tags },
  workerDataType: typeof workerData,
  dateOk: workerData ? workerData.when instanceof Date && workerData.when.getTime() === 0 : null,
  mapOk: workerData ? workerData.map instanceof Map && workerData.map.get('k') === 1 : null,
});
// No onmessage: the worker exits once its loop is empty.
