const { port1 } = new MessageChannel(); for (;;) port1.postMessage(1);
