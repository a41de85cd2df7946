// Fails in the way workerData names (after posting one message first).
const { parentPort, workerData } = require('worker_threads');
parentPort.postMessage(`about to fail: ${workerData}`);
class CustomError extends Error {
  constructor(message) {
    super(message);
    this.name = 'CustomError';
    this.detail = { level: 3 };
  }
}
switch (workerData) {
  case 'error': throw new Error('plain failure');
  case 'coded': {
    const error = new Error('with a code');
    error.code = 'E_CUSTOM';
    error.info = [1, 2];
    throw error;
  }
  case 'type': null.property;
  case 'range': throw new RangeError('out of range');
  case 'custom': throw new CustomError('custom failure');
  case 'number': throw 42;
  case 'string': throw 'a string';
  case 'object': throw { reason: 'an object' };
  case 'rejection': Promise.reject(new TypeError('rejected')); break;
  case 'timer': setTimeout(() => { throw new Error('from a timer'); }, 1); break;
  case 'listener':
    parentPort.on('message', () => { throw new Error('from a listener'); });
    break;
}
