import { square, label } from './module_helper.mjs';

const topThis = this;
postMessage({ square: square(12), label, name: self.name, thisIsUndefined: topThis === undefined });
onmessage = (e) => {
  if (e.data === 'bye') close();
};
