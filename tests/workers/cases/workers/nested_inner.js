postMessage('hello from ' + self.name + ' (' + workerData + ')');
postMessage('second');
